"""Private keys and wallet secrets in formats not used by the earlier corpora (all generated here)."""
import base64, hashlib, hmac, json, random, struct
import gen_common as G
from gen_common import der, der_int, der_oid, pem, ssh_str

SEED = 15003
CHECKS = []  # (name, callable) verified by checks.py


def rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def wrap(s, w=70):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


def openssh_ed25519(r, comment):
    seed = rb(r, 32)
    pub = G.ed25519_pub(seed)
    pubblob = ssh_str(b"ssh-ed25519") + ssh_str(pub)
    chk = rb(r, 4)
    priv = chk + chk + ssh_str(b"ssh-ed25519") + ssh_str(pub) + ssh_str(seed + pub) + ssh_str(comment.encode())
    priv += bytes(range(1, 1 + (-len(priv)) % 8))
    blob = b"openssh-key-v1\0" + ssh_str(b"none") + ssh_str(b"none") + ssh_str(b"") + struct.pack(">I", 1) + ssh_str(pubblob) + ssh_str(priv)
    body = G.b64(blob)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % wrap(body), pub


def openssh_ecdsa(r, comment):
    d, (x, y) = G.ec_keypair(r, "P-256")
    q = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    pubblob = ssh_str(b"ecdsa-sha2-nistp256") + ssh_str(b"nistp256") + ssh_str(q)
    chk = rb(r, 4)
    dd = d.to_bytes(32, "big")
    if dd[0] & 0x80:
        dd = b"\0" + dd
    priv = chk + chk + ssh_str(b"ecdsa-sha2-nistp256") + ssh_str(b"nistp256") + ssh_str(q) + ssh_str(dd) + ssh_str(comment.encode())
    priv += bytes(range(1, 1 + (-len(priv)) % 8))
    blob = b"openssh-key-v1\0" + ssh_str(b"none") + ssh_str(b"none") + ssh_str(b"") + struct.pack(">I", 1) + ssh_str(pubblob) + ssh_str(priv)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % wrap(G.b64(blob))


def pkcs8(oid, key):
    return der(0x30, der_int(0) + der(0x30, der_oid(oid)) + der(4, der(4, key)))


def sec1_p521(r):
    d, (x, y) = G.ec_keypair(r, "P-521")
    q = b"\x04" + x.to_bytes(66, "big") + y.to_bytes(66, "big")
    body = der_int(1) + der(4, d.to_bytes(66, "big")) + der(0xa0, der_oid("1.3.132.0.35")) + der(0xa1, der(3, b"\0" + q))
    return pem("EC PRIVATE KEY", der(0x30, body))


def ppk_v2(r, comment):
    seed = rb(r, 32)
    pub = G.ed25519_pub(seed)
    pubblob = ssh_str(b"ssh-ed25519") + ssh_str(pub)
    privblob = ssh_str(seed)
    mackey = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    macdata = ssh_str(b"ssh-ed25519") + ssh_str(b"none") + ssh_str(comment.encode()) + ssh_str(pubblob) + ssh_str(privblob)
    mac = hmac.new(mackey, macdata, hashlib.sha1).hexdigest()
    pb, vb = G.b64(pubblob), G.b64(privblob)
    pl = [pb[i:i + 64] for i in range(0, len(pb), 64)]
    vl = [vb[i:i + 64] for i in range(0, len(vb), 64)]
    text = ("PuTTY-User-Key-File-2: ssh-ed25519\nEncryption: none\nComment: %s\nPublic-Lines: %d\n%s\nPrivate-Lines: %d\n%s\nPrivate-MAC: %s"
            % (comment, len(pl), "\n".join(pl), len(vl), "\n".join(vl), mac))
    return text


def ppk_v2_ok(text):
    lines = text.split("\n")
    comment = lines[2].split(": ", 1)[1]
    n = int(lines[3].split(": ")[1])
    pubblob = base64.b64decode("".join(lines[4:4 + n]))
    m = int(lines[4 + n].split(": ")[1])
    privblob = base64.b64decode("".join(lines[5 + n:5 + n + m]))
    mac = lines[5 + n + m].split(": ")[1]
    mackey = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    data = ssh_str(b"ssh-ed25519") + ssh_str(b"none") + ssh_str(comment.encode()) + ssh_str(pubblob) + ssh_str(privblob)
    seed = privblob[4:36]
    return hmac.new(mackey, data, hashlib.sha1).hexdigest() == mac and pubblob.endswith(G.ed25519_pub(seed))


def minisign_sk(r):
    seed = rb(r, 32)
    pub = G.ed25519_pub(seed)
    keyid = rb(r, 8)
    sk = seed + pub
    chk = hashlib.blake2b(b"Ed" + keyid + sk, digest_size=32).digest()
    raw = b"Ed" + b"\0\0" + b"B2" + bytes(32) + bytes(8) + bytes(8) + keyid + sk + chk
    return G.b64(raw)


def minisign_ok(s):
    raw = base64.b64decode(s)
    keyid, sk, chk = raw[54:62], raw[62:126], raw[126:158]
    return hashlib.blake2b(b"Ed" + keyid + sk, digest_size=32).digest() == chk and G.ed25519_pub(sk[:32]) == sk[32:]


def signify_sk(r):
    seed = rb(r, 32)
    sk = seed + G.ed25519_pub(seed)
    raw = b"Ed" + b"BK" + struct.pack(">I", 0) + rb(r, 16) + hashlib.sha512(sk).digest()[:8] + rb(r, 8) + sk
    return G.b64(raw)


def signify_ok(s):
    raw = base64.b64decode(s)
    return raw[:4] == b"EdBK" and hashlib.sha512(raw[40:104]).digest()[:8] == raw[24:32]


def bitlocker(r):
    groups = []
    for _ in range(8):
        groups.append("%06d" % (11 * r.randint(0, 65535)))
    return "-".join(groups)


def bitlocker_ok(s):
    return all(int(g) % 11 == 0 and int(g) // 11 < 65536 for g in s.split("-")) and len(s) == 55


def zprv(r):
    payload = bytes.fromhex("04b2430c") + b"\x00" + bytes(4) + bytes(4) + rb(r, 32) + b"\x00" + rb(r, 32)
    return G.b58check(payload)


def build():
    r = random.Random(SEED)
    out = []
    add = lambda kind, tmpl, vals: out.append(G.rec(kind, tmpl, vals, "gen_keys"))
    k, _ = openssh_ed25519(r, "%s@%s" % (G.user(r), "build-07"))
    add("ssh_keygen_then_cat_identity", "$ ssh-keygen -t ed25519 -N '' -f ~/.ssh/deploy_ed25519 -q\n$ cat ~/.ssh/deploy_ed25519\n⟦0⟧\n", [(k, "openssh_ed25519_private_key")])
    k = openssh_ecdsa(r, "backup@nas")
    add("ansible_vars_yaml_block_scalar", "backup_ssh_private_key: |\n" + "\n".join("  " + l for l in "⟦0⟧".split("\n")) + "\n", [(k.replace("\n", "\n  "), "openssh_ecdsa_p256_private_key", k)])
    seed = rb(r, 32)
    k = pem("PRIVATE KEY", pkcs8("1.3.101.112", seed))
    add("openssl_genpkey_ed25519_stdout", "$ openssl genpkey -algorithm ed25519\n⟦0⟧\n", [(k, "ed25519_pkcs8_private_key")])
    k = pem("PRIVATE KEY", pkcs8("1.3.101.111", rb(r, 56)))
    add("x448_keyfile_cat_with_ls", "$ ls -l keys/\n-rw------- 1 svc svc 156 Mar  3 11:02 kex-x448.pem\n$ cat keys/kex-x448.pem\n⟦0⟧\n", [(k, "x448_pkcs8_private_key")])
    k = sec1_p521(r)
    add("lego_acme_account_key_file", "# .lego/accounts/acme-v02.api.letsencrypt.org/ops@example.net/keys/ops@example.net.key\n⟦0⟧\n", [(k, "ec_p521_sec1_private_key")])
    k = ppk_v2(r, "eddsa-key-20250311")
    CHECKS.append(("ppk_v2_mac", lambda k=k: ppk_v2_ok(k)))
    add("winscp_private_key_file_ppk2", "⟦0⟧\n", [(k, "putty_ppk_v2_private_key")])
    k = minisign_sk(r)
    CHECKS.append(("minisign_blake2b", lambda k=k: minisign_ok(k)))
    add("minisign_secret_key_file", "$ cat ~/.minisign/minisign.key\nuntrusted comment: minisign encrypted secret key\n⟦0⟧\n", [(k, "minisign_secret_key")])
    k = signify_sk(r)
    CHECKS.append(("signify_sha512_checksum", lambda k=k: signify_ok(k)))
    add("signify_release_sec_file", "$ cat release-2025.sec\nuntrusted comment: signify secret key\n⟦0⟧\n", [(k, "signify_secret_key")])
    hx = G.rs(r, G.HEX, 512)
    k = "-----BEGIN OpenVPN Static key V1-----\n%s\n-----END OpenVPN Static key V1-----" % "\n".join(hx[i:i + 32] for i in range(0, 512, 32))
    add("openvpn_inline_tls_crypt_block", "client\ndev tun\nremote vpn.example.org 1194\n<tls-crypt>\n#\n# 2048 bit OpenVPN static key\n#\n⟦0⟧\n</tls-crypt>\n", [(k, "openvpn_static_key_v1")])
    seed = rb(r, 32)
    h = bytearray(hashlib.sha512(seed).digest())
    h[0] &= 248; h[31] &= 127; h[31] |= 64
    k = G.b64(bytes(h))
    add("tor_control_add_onion_reply", "ADD_ONION NEW:ED25519-V3 Flags=DiscardPK Port=80,127.0.0.1:8080\n250-ServiceID=%s\n250-PrivateKey=ED25519-V3:⟦0⟧\n250 OK\n" % G.rs(r, "abcdefghijklmnopqrstuvwxyz234567", 56), [(k, "tor_onion_v3_private_key")])
    k = "-----BEGIN NEBULA X25519 PRIVATE KEY-----\n%s\n-----END NEBULA X25519 PRIVATE KEY-----" % G.b64(rb(r, 32))
    add("nebula_host_key_cat", "$ nebula-cert keygen -out-key host.key -out-pub host.pub && cat host.key\n⟦0⟧\n", [(k, "nebula_x25519_private_key")])
    seed = rb(r, 32)
    k = (seed + G.ed25519_pub(seed)).hex()
    add("yggdrasil_conf_hjson", "{\n  # Your private key. DO NOT share this with anyone!\n  PrivateKey: ⟦0⟧\n  Peers: [ \"tls://ygg.example.net:443\" ]\n}\n", [(k, "yggdrasil_private_key")])
    wpk = bytearray(rb(r, 32)); wpk[0] &= 248; wpk[31] &= 127; wpk[31] |= 64
    add("wg_showconf_with_preshared_key", "[Interface]\nListenPort = 51820\nPrivateKey = ⟦0⟧\n\n[Peer]\nPublicKey = %s\nPresharedKey = ⟦1⟧\nAllowedIPs = 10.8.0.2/32\n" % G.b64(G.x25519_base(rb(r, 32))),
        [(G.b64(bytes(wpk)), "wg_showconf_private_key"), (G.b64(rb(r, 32)), "wireguard_preshared_key")])
    d, (x, y) = G.ec_keypair(r, "P-256")
    jwk = '{"keys":[{"kty":"EC","crv":"P-256","kid":"sig-2025-03","use":"sig","x":"%s","y":"%s","d":"⟦0⟧"}]}' % (G.b64u(x.to_bytes(32, "big")), G.b64u(y.to_bytes(32, "big")))
    add("oidc_provider_private_jwks_json", jwk + "\n", [(G.b64u(d.to_bytes(32, "big")), "jwk_ec_p256_private_d")])
    add("nostr_client_keys_json", '{\n  "relays": ["wss://relay.example.org"],\n  "nsec": "⟦0⟧"\n}\n', [(G.bech32("nsec", rb(r, 32)), "nostr_nsec_private_key")])
    add("sui_keytool_export_output", "$ sui keytool export --key-identity 0x%s\n╭──────────────────┬──────────────────────────────────────╮\n│ exportedPrivateKey │ ⟦0⟧ │\n╰──────────────────┴──────────────────────────────────────╯\n" % G.rs(r, G.HEX, 64),
        [(G.bech32("suiprivkey", b"\0" + rb(r, 32)), "sui_bech32_private_key")])
    add("aptos_config_yaml_profile", "profiles:\n  default:\n    network: Testnet\n    private_key: \"⟦0⟧\"\n    account: %s\n" % G.rs(r, G.HEX, 64), [("ed25519-priv-0x" + G.rs(r, G.HEX, 64), "aptos_aip80_private_key")])
    seed = rb(r, 32)
    pub = G.ed25519_pub(seed)
    add("near_credentials_json_file", '{"account_id":"%s.testnet","public_key":"ed25519:%s","private_key":"⟦0⟧"}\n' % (r.choice(G.WORDS), G.b58enc(pub)), [("ed25519:" + G.b58enc(seed + pub), "near_ed25519_private_key")])
    add("hedera_sdk_dotenv", "OPERATOR_ID=0.0.%d\nOPERATOR_KEY=⟦0⟧\nHEDERA_NETWORK=testnet\n" % r.randint(100000, 9999999), [("302e020100300506032b657004220420" + G.rs(r, G.HEX, 64), "hedera_der_hex_private_key")])
    fj = json.dumps({"Type": "secp256k1", "PrivateKey": G.b64(rb(r, 32))}, separators=(",", ":")).encode().hex()
    add("lotus_wallet_export_output", "$ lotus wallet export f1%s\n⟦0⟧\n" % G.rs(r, "abcdefghijklmnopqrstuvwxyz234567", 39), [(fj, "filecoin_lotus_exported_key")])
    z = zprv(r)
    CHECKS.append(("zprv_base58check", lambda z=z: G.b58check_ok(z)))
    add("electrum_wallet_keystore_json", '{\n  "keystore": {\n    "type": "bip32",\n    "xprv": "⟦0⟧",\n    "derivation": "m/84h/0h/0h"\n  },\n  "wallet_type": "standard"\n}\n', [(z, "bip84_zprv_extended_private_key")])
    add("foundry_dotenv_private_key", "RPC_URL=https://sepolia.example-rpc.org\nPRIVATE_KEY=⟦0⟧\nETHERSCAN_API_KEY=\n", [("0x" + G.rs(r, G.HEX, 64), "evm_deployer_private_key_hex")])
    addr = G.rs(r, G.HEX, 10)
    add("zerotier_identity_secret_cat", "$ sudo cat /var/lib/zerotier-one/identity.secret\n⟦0⟧\n", [("%s:0:%s:%s" % (addr, G.rs(r, G.HEX, 128), G.rs(r, G.HEX, 128)), "zerotier_identity_secret")])
    keys = [G.b64(rb(r, 33)) for _ in range(5)]
    tok = "hvs." + G.rs(r, G.B62, 24)
    tmpl = "".join("Unseal Key %d: ⟦%d⟧\n" % (i + 1, i) for i in range(5)) + "\nInitial Root Token: ⟦5⟧\n\nVault initialized with 5 key shares and a key threshold of 3.\n"
    add("vault_operator_init_output", tmpl, [(k, "vault_unseal_key_share") for k in keys] + [(tok, "vault_initial_root_token")])
    bl = bitlocker(r)
    CHECKS.append(("bitlocker_mod11", lambda bl=bl: bitlocker_ok(bl)))
    add("manage_bde_protectors_output", "PS C:\\> manage-bde -protectors -get C:\nVolume C: [OS]\nAll Key Protectors\n\n    Numerical Password:\n      ID: {%s}\n      Password:\n        ⟦0⟧\n" % G.uuid4(r, True), [(bl, "bitlocker_recovery_password")])
    sec = G.rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)
    add("otpauth_uri_qr_decode_output", "$ zbarimg --raw totp-backup.png\notpauth://totp/Example%%3A%s?secret=⟦0⟧&issuer=Example&algorithm=SHA1&digits=6&period=30\n" % G.user(r), [(sec, "totp_shared_secret_base32")])
    codes = ["%s-%s" % (G.rs(r, "0123456789abcdef", 5), G.rs(r, "0123456789abcdef", 5)) for _ in range(4)]
    add("github_recovery_codes_txt", "".join("⟦%d⟧\n" % i for i in range(4)) + "\nPut these in a safe spot.\n", [(c, "github_2fa_recovery_code") for c in codes])
    add("openssl_enc_print_key_output", "$ openssl enc -aes-256-cbc -pbkdf2 -P -pass pass:%s\nsalt=%s\nkey=⟦0⟧\niv =%s\n" % ("⟦1⟧", G.rs(r, G.HEX, 16).upper(), G.rs(r, G.HEX, 32).upper()),
        [(G.rs(r, G.HEX, 64).upper(), "openssl_enc_derived_key_hex"), (G.password(r, True), "openssl_enc_pass_argument")])
    return out
