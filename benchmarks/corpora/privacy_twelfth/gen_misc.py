"""Structured keys (checksummed formats), multi-secret records, cookies, OAuth caches."""
import base64
import hashlib
import json
import struct
import urllib.parse

from gen_common import G, S, pos, human_password, crc_token

SRC = "gen_misc"


def sstr(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(g, comment=b"deploy@ci"):
    seed, pub = g.raw(32), g.raw(32)
    pubblob = sstr(b"ssh-ed25519") + sstr(pub)
    chk = g.raw(4)
    priv = chk + chk + pubblob + sstr(seed + pub) + sstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\0" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1) + sstr(pubblob) + sstr(priv)
    b = base64.b64encode(blob).decode()
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def minisign_sk(g):
    keyid, sk = g.raw(8), g.raw(64)
    chk = hashlib.blake2b(b"Ed" + keyid + sk, digest_size=32).digest()
    blob = b"Ed" + b"\0\0" + b"B2" + b"\0" * 32 + b"\0" * 16 + keyid + sk + chk
    return "untrusted comment: minisign secret key\n" + base64.b64encode(blob).decode()


def signify_sk(g):
    keynum, sk = g.raw(8), g.raw(64)
    blob = b"Ed" + b"BK" + struct.pack(">I", 0) + g.raw(16) + hashlib.sha512(sk).digest()[:8] + keynum + sk
    return "untrusted comment: signify secret key\n" + base64.b64encode(blob).decode()


def onion_addr(g):
    pub = g.raw(32)
    chk = hashlib.sha3_256(b".onion checksum" + pub + b"\x03").digest()[:2]
    return base64.b32encode(pub + chk + b"\x03").decode().lower()


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def pb_field(num, wt, payload):
    key = varint((num << 3) | wt)
    return key + (varint(len(payload)) + payload if wt == 2 else varint(payload))


def ga_migration(g, accounts):
    body = b""
    for secret, name, issuer in accounts:
        otp = pb_field(1, 2, secret) + pb_field(2, 2, name.encode()) + pb_field(3, 2, issuer.encode()) + pb_field(4, 0, 1) + pb_field(5, 0, 1) + pb_field(6, 0, 2)
        body += pb_field(1, 2, otp)
    body += pb_field(2, 0, 1) + pb_field(3, 0, 1) + pb_field(4, 0, 0) + pb_field(5, 0, g.r.randrange(1, 2 ** 31))
    return urllib.parse.quote(base64.b64encode(body).decode(), safe="")


def b32(b):
    return base64.b32encode(b).decode().rstrip("=")


def build():
    g = G(12004)
    R = []
    add = lambda kind, parts: R.append(pos(kind, parts, SRC))

    k = openssh_ed25519(g)
    add("ansible_copy_content_openssh_key", ["- name: install deploy key\n  ansible.builtin.copy:\n    dest: /home/deploy/.ssh/id_ed25519\n    mode: \"0600\"\n    content: |\n      ", S(k.replace("\n", "\n      "), "openssh_private_key", k), "\n"])
    k = openssh_ed25519(g, b"gitea-runner")
    add("gitea_deploy_key_wizard_paste", ["Settings › Deploy keys › (accidentally pasted private half into 'Content'):\n\n", S(k, "openssh_private_key"), "\n\n[Add key]\n"])
    k = openssh_ed25519(g, b"root@bastion")
    add("cat_ssh_id_ed25519_terminal", ["$ cat ~/.ssh/id_ed25519\n", S(k, "openssh_private_key"), "\n$ \n"])
    for kind, pre, post in [("minisign_key_file_cat", "$ cat ~/.minisign/minisign.key\n", "\n"),
                            ("release_checklist_md_minisign", "## Signing\nKey (unencrypted, CI only):\n```\n", "\n```\n")]:
        add(kind, [pre, S(minisign_sk(g), "minisign_secret_key"), post])
    for kind, pre, post in [("signify_sec_file_cat", "$ cat /etc/signify/release-77.sec\n", "\n"),
                            ("openbsd_mailing_list_signify_paste", "From: dev@lists.example\nSubject: signify -G -n output\n\n", "\n\nthanks for looking\n")]:
        add(kind, [pre, S(signify_sk(g), "signify_secret_key"), post])
    for kind in ("tor_client_auth_private_file", "tor_browser_onion_auth_paste"):
        key = b32(g.raw(32))
        line = onion_addr(g) + ":descriptor:x25519:"
        if kind == "tor_client_auth_private_file":
            add(kind, ["$ cat /var/lib/tor/onion_auth/office.auth_private\n", line, S(key, "tor_client_auth_private_key"), "\n"])
        else:
            add(kind, ["Onion Site Keys › Add:\nAddress: ", line.split(":")[0], ".onion\nKey: ", S(key, "tor_client_auth_private_key"), "\n"])
    for kind, fname in (("bind_dnssec_private_key_file", "Kacme.lan.+013+41907.private"), ("knot_keymgr_export_private", "Kexample.org.+013+05112.private")):
        pk = base64.b64encode(g.raw(32)).decode()
        add(kind, ["$ cat %s\nPrivate-key-format: v1.3\nAlgorithm: 13 (ECDSAP256SHA256)\nPrivateKey: " % fname, S(pk, "dnssec_private_key"), "\nCreated: 20250311091244\nPublish: 20250311091244\nActivate: 20250311091244\n"])
    for kind in ("certbot_account_private_key_json", "lego_account_key_jwk"):
        d = base64.urlsafe_b64encode(g.raw(32)).decode().rstrip("=")
        x = base64.urlsafe_b64encode(g.raw(32)).decode().rstrip("=")
        y = base64.urlsafe_b64encode(g.raw(32)).decode().rstrip("=")
        add(kind, ['{"kty": "EC", "crv": "P-256", "d": "', S(d, "jwk_private_key_d"), '", "x": "%s", "y": "%s"}\n' % (x, y)])
    tk = base64.b64encode(g.raw(80)).decode()
    add("nginx_ssl_session_ticket_key_b64", ["$ base64 -w0 /etc/nginx/ticket.key; echo\n", S(tk, "tls_session_ticket_key"), "\n"])
    add("ipmitool_lan_set_k_g", ["ipmitool -I lanplus -H 10.0.9.11 -U ADMIN -P ", S(human_password(g), "bmc_password"), " lan set 1 k_g 0x", S(g.hex(40), "ipmi_kg_key"), "\n"])
    tok = g.lan(6) + "." + g.lan(16)
    ck = g.hex(64)
    add("kubeadm_init_upload_certs_output", ["You can now join any number of control-plane nodes by running:\n\n  kubeadm join 10.0.0.10:6443 --token ", S(tok, "kubeadm_bootstrap_token"), " \\\n\t--discovery-token-ca-cert-hash sha256:", g.hex(64), " \\\n\t--control-plane --certificate-key ", S(ck, "kubeadm_certificate_key"), "\n"])
    add("k3s_install_pipe_env", ["curl -sfL https://get.k3s.io | K3S_URL=https://10.0.0.10:6443 K3S_TOKEN=", S("K10" + g.hex(64) + "::server:" + g.hex(32), "k3s_cluster_token"), " sh -\n"])
    add("docker_swarm_join_token_output", ["$ docker swarm join-token worker\nTo add a worker to this swarm, run the following command:\n\n    docker swarm join --token ", S("SWMTKN-1-" + g.lan(50) + "-" + g.lan(25), "docker_swarm_join_token"), " 10.0.0.10:2377\n"])
    # Google Authenticator migration
    accts = [(g.raw(10), "ops@acme.dev", "GitHub"), (g.raw(20), "root", "AWS")]
    data = ga_migration(g, accts)
    add("zbar_decoded_otpauth_migration_qr", ["$ zbarimg -q --raw export.png\notpauth-migration://offline?data=", S(data, "google_authenticator_migration_payload"), "\n"])
    # password manager exports
    rows = []
    parts = ["url,username,password,totp,extra,name,grouping,fav\n"]
    for site in ("https://mail.acme.dev", "https://vpn.acme.dev", "https://registrar.example"):
        pw = human_password(g)
        seed = b32(g.raw(10))
        parts += [site + ",ops@acme.dev,", S(pw, "web_login_password"), ",", S(seed, "totp_seed"), ",," + site.split("//")[1] + ",Work,0\n"]
    add("lastpass_csv_export", parts)
    pw, seed = human_password(g), b32(g.raw(20))
    add("proton_pass_json_export", ['{"vaults":{"v1":{"name":"Personal","items":[{"data":{"metadata":{"name":"Registrar"},"content":{"itemEmail":"ops@acme.dev","password":"', S(pw, "web_login_password"), '","urls":["https://registrar.example"],"totpUri":"otpauth://totp/Registrar:ops?secret=', S(seed, "totp_seed"), '&issuer=Registrar"}}}]}}}\n'])
    pw = human_password(g)
    add("dashlane_credentials_csv", ["username,title,password,note,url,category,otpSecret\nops@acme.dev,NAS,", S(pw, "nas_admin_password"), ",,https://nas.lan,Utilities,\n"])
    # cookies
    sid = "s%3A" + g.b64u(32) + "." + g.b64bytes(32).rstrip("=")
    add("node_fetch_copy_as_cookie", ['fetch("https://admin.acme.dev/api/users", {\n  "headers": {\n    "cookie": "connect.sid=', S(sid, "express_session_cookie"), '; theme=dark"\n  },\n  "method": "GET"\n});\n'])
    js = g.HEX(32)
    add("powershell_websession_cookie_copy", ['$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n$session.Cookies.Add((New-Object System.Net.Cookie("JSESSIONID", "', S(js, "java_session_id"), '", "/", "intranet.acme.lan")))\n'])
    asp = g.lan(24)
    add("cookie_editor_json_export", ['[{"domain":"portal.acme.lan","name":"ASP.NET_SessionId","value":"', S(asp, "aspnet_session_id"), '","httpOnly":true,"secure":true}]\n'])
    wp = "ops%7C1742893964%7C" + g.b62(43) + "%7C" + g.hex(64)
    add("python_requests_cookies_dict", ['cookies = {"wordpress_logged_in_%s": "' % g.hex(32), S(wp, "wordpress_logged_in_cookie"), '"}\nr = requests.get("https://blog.acme.dev/wp-admin/", cookies=cookies)\n'])
    lv = base64.b64encode(json.dumps({"iv": g.b64bytes(16), "value": g.b64bytes(48), "mac": g.hex(64), "tag": ""}, separators=(",", ":")).encode()).decode().rstrip("=")
    add("k6_script_cookie_jar_set", ["const jar = http.cookieJar();\njar.set('https://shop.acme.dev', 'laravel_session', '", S(lv, "laravel_session_cookie"), "');\n"])
    gs = g.hex(32)
    add("curl_cookie_flag_grafana_session", ["curl -s -b 'grafana_session=", S(gs, "grafana_session_cookie"), "' https://grafana.acme.lan/api/dashboards/home | jq .meta\n"])
    # OAuth caches
    cs, rt = "GOCSPX-" + g.b64u(28), "1//0" + g.b64u(99)
    add("gcloud_application_default_credentials_json", ['{\n  "account": "",\n  "client_id": "%s.apps.googleusercontent.com",\n  "client_secret": "' % g.digits(12), S(cs, "google_oauth_client_secret"), '",\n  "refresh_token": "', S(rt, "google_oauth_refresh_token"), '",\n  "type": "authorized_user"\n}\n'])
    at, rt = "ya29." + g.b64u(150), "1//0" + g.b64u(99)
    add("rclone_conf_drive_token_json", ["[gdrive]\ntype = drive\nscope = drive\ntoken = {\"access_token\":\"", S(at, "google_oauth_access_token"), "\",\"token_type\":\"Bearer\",\"refresh_token\":\"", S(rt, "google_oauth_refresh_token"), "\",\"expiry\":\"2025-03-11T10:12:44.12+01:00\"}\n"])
    up = "deploy:" + human_password(g)
    enc = base64.b64encode(up.encode()).decode()
    add("docker_config_json_auths_auth", ['{\n  "auths": {\n    "registry.acme.lan": {\n      "auth": "', S(enc, "docker_config_auth_b64", up), '"\n    }\n  }\n}\n'])
    add("glab_cli_config_yml_token", ["hosts:\n    gitlab.com:\n        token: ", S("glpat-" + g.b64u(20), "gitlab_pat"), "\n        api_protocol: https\n        user: ops\n"])
    add("gh_hosts_yml_oauth_token", ["github.com:\n    users:\n        ops:\n            oauth_token: ", S(crc_token(g, "gho_"), "github_oauth_token"), "\n    git_protocol: ssh\n"])
    # multi-secret .env bundle (new vendors)
    add("dotenv_vault_decrypted_bundle", ["# decrypted by dotenv-vault (production)\nTRELLO_TOKEN=", S("ATTA" + g.hex(64) + g.HEX(8), "trello_api_token"), "\nSHIPPO_API_KEY=", S("shippo_live_" + g.hex(40), "shippo_api_token"),
                                           "\nEASYPOST_API_KEY=", S("EZAK" + g.hex(54), "easypost_api_key"), "\nPUBLIC_SITE_URL=https://shop.acme.dev\n"])
    add("bitcoin_core_dumpprivkey_output", ["$ bitcoin-cli dumpprivkey bc1q", g.lan(38), "\n", S(__import__("gen_common").b58check(b"\x80" + g.raw(32) + b"\x01"), "bitcoin_wif_private_key"), "\n"])
    add("foundry_cast_wallet_new_output", ["$ cast wallet new\nSuccessfully created new keypair.\nAddress:     0x", g.hex(40), "\nPrivate key: ", S("0x" + g.hex(64), "ethereum_private_key"), "\n"])
    return R


if __name__ == "__main__":
    rs = build()
    print(len(rs), len(set(s["type"] for r in rs for s in r["secrets"])))
    print(rs[0]["text"][:400])
