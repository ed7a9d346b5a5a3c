"""Hard negatives, part B. CLASSES[class] = [(kind, f(r) -> text)]."""
import base64
from gen_common import rs, uuid4, b64, b64u, rbytes, host, b58check, b58enc
import gen_crypto as G


def _png(r):
    raw = bytes.fromhex('89504e470d0a1a0a0000000d49484452') + rbytes(r, 60)
    return base64.b64encode(raw).decode()


def _cert(r):
    body = G.seq(G.seq(G.tlv(0xa0, G.der_int(2)), G.der_int(r.getrandbits(120)),
                       G.seq(G.der_oid('1.2.840.10045.4.3.2')), G.tlv(0x03, b'\0' + rbytes(r, 70))),
                 G.seq(G.der_oid('1.2.840.10045.4.3.2')), G.tlv(0x03, b'\0' + rbytes(r, 72)))
    return G.pem('CERTIFICATE', body)


def _xpub(r):
    return b58check(bytes.fromhex('0488b21e') + b'\0' * 9 + rbytes(r, 32) + b'\x02' + rbytes(r, 32))


CLASSES = {
    'secret_reference_expression': [
        ('onepassword_env_tpl_refs', lambda r: 'DB_PASSWORD=op://prod/postgres/password\nSTRIPE_KEY=op://prod/stripe/credential\n'),
        ('spring_vault_placeholder', lambda r: 'spring.datasource.password=${vault.database.password}\nspring.cloud.vault.kv.backend=secret\n'),
        ('cloudformation_resolve_ssm_secure', lambda r: "MasterUserPassword: '{{resolve:ssm-secure:/prod/rds/master:3}}'\n"),
        ('docker_secrets_file_env', lambda r: 'environment:\n  POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\nsecrets:\n  - pg_password\n'),
        ('systemd_load_credential', lambda r: '[Service]\nLoadCredential=api-token:/etc/credstore/api-token\nExecStart=/usr/bin/app --token-file=%d/api-token\n'),
        ('nomad_template_vault_secret', lambda r: 'template {\n  data = <<EOT\n{{ with secret "kv/data/app" }}API_KEY={{ .Data.data.api_key }}{{ end }}\nEOT\n  destination = "secrets/app.env"\n}\n'),
        ('kamal_secrets_fetch_file', lambda r: 'SECRETS=$(kamal secrets fetch --adapter 1password --account my-team --from Production/App REGISTRY_PASSWORD DB_PASSWORD)\nREGISTRY_PASSWORD=$(kamal secrets extract REGISTRY_PASSWORD $SECRETS)\n'),
    ],
    'masked_redacted_value': [
        ('rails_filtered_params_log', lambda r: 'Parameters: {"user"=>{"email"=>"a@b.c", "password"=>"[FILTERED]", "otp_attempt"=>"[FILTERED]"}}\n'),
        ('aws_console_masked_secret_row', lambda r: f'Access key ID: AKIA{rs(r, "UC", 16)}\nSecret access key: ****************************************\n'),
        ('stripe_dashboard_masked_live_key', lambda r: f'Secret key   sk_live_...{rs(r, "an", 4)}   Created May 2   Last used 3 minutes ago   [Reveal]\n'),
        ('sentry_event_filtered_header', lambda r: '"headers": {"Authorization": "[Filtered]", "Cookie": "[Filtered]", "User-Agent": "okhttp/4.12.0"}\n'),
        ('github_secret_settings_list', lambda r: 'Repository secrets\nDOCKERHUB_TOKEN     Updated 3 days ago   ••••••••\nNPM_TOKEN           Updated last month  ••••••••\n'),
        ('datadog_scrubbed_log_line', lambda r: 'msg="calling provider" api_key=*************************** url=https://api.example.net/v2\n'),
        ('pgadmin_masked_connection_dialog', lambda r: 'Host: db.internal  Port: 5432  Username: app  Password: ●●●●●●●●●●  [x] Save password\n'),
    ],
    'integrity_attribute': [
        ('link_stylesheet_sri', lambda r: f'<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-{b64(rbytes(r, 48))}" crossorigin="anonymous">\n'),
        ('csp_header_script_hashes', lambda r: f"Content-Security-Policy: script-src 'self' 'sha256-{b64(rbytes(r, 32))}' 'sha256-{b64(rbytes(r, 32))}'\n"),
        ('importmap_integrity_json', lambda r: f'<script type="importmap">{{"imports":{{"lit":"https://esm.sh/lit@3"}},"integrity":{{"https://esm.sh/lit@3":"sha384-{b64(rbytes(r, 48))}"}}}}</script>\n'),
        ('webpack_sri_manifest', lambda r: f'{{"main.9f2c.js":"sha512-{b64(rbytes(r, 64))}"}}\n'),
        ('http_repr_digest_header', lambda r: f'HTTP/1.1 200 OK\nRepr-Digest: sha-256=:{b64(rbytes(r, 32))}:\nContent-Type: application/json\n'),
        ('android_assetlinks_fingerprint', lambda r: '[{"relation":["delegate_permission/common.handle_all_urls"],"target":{"namespace":"android_app","package_name":"com.example.app","sha256_cert_fingerprints":["' + ':'.join(rs(r, 'HEX', 2) for _ in range(32)) + '"]}}]\n'),
        ('module_script_integrity_tag', lambda r: f'<script type="module" src="/assets/index-{rs(r, "b64u", 8)}.js" integrity="sha256-{b64(rbytes(r, 32))}"></script>\n'),
    ],
    'lockfile_hash': [
        ('yarn_berry_lock_checksum', lambda r: f'"left-pad@npm:^1.3.0":\n  version: 1.3.0\n  resolution: "left-pad@npm:1.3.0"\n  checksum: 10c0/{rs(r, "hex", 128)}\n'),
        ('pnpm_lock_resolution_integrity', lambda r: f"  /ms@2.1.3:\n    resolution: {{integrity: sha512-{b64(rbytes(r, 64))}}}\n"),
        ('cargo_lock_package_checksum', lambda r: f'[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{rs(r, "hex", 64)}"\n'),
        ('poetry_lock_files_hashes', lambda r: f'files = [\n    {{file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:{rs(r, "hex", 64)}"}},\n]\n'),
        ('flake_lock_narhash', lambda r: f'"locked": {{\n  "lastModified": 1746177295,\n  "narHash": "sha256-{b64(rbytes(r, 32))}",\n  "rev": "{rs(r, "hex", 40)}"\n}}\n'),
        ('terraform_lock_hcl_hashes', lambda r: f'provider "registry.terraform.io/hashicorp/aws" {{\n  version = "5.49.0"\n  hashes = [\n    "h1:{b64(rbytes(r, 32))}",\n    "zh:{rs(r, "hex", 64)}",\n  ]\n}}\n'),
        ('nuget_packages_lock_content_hash', lambda r: f'"Newtonsoft.Json": {{\n  "type": "Direct",\n  "requested": "[13.0.3, )",\n  "resolved": "13.0.3",\n  "contentHash": "{b64(rbytes(r, 64))}"\n}}\n'),
    ],
    'base64_media_data': [
        ('css_background_data_uri_png', lambda r: f'.logo {{ background-image: url("data:image/png;base64,{_png(r)}"); }}\n'),
        ('markdown_inline_image_data_uri', lambda r: f'![chart](data:image/png;base64,{_png(r)})\n'),
        ('mime_inline_image_part', lambda r: f'--b1\nContent-Type: image/png; name="logo.png"\nContent-Transfer-Encoding: base64\nContent-ID: <logo@mail>\n\n{_png(r)}\n--b1--\n'),
        ('jupyter_output_image_png', lambda r: f'{{"output_type":"display_data","data":{{"image/png":"{_png(r)}","text/plain":"<Figure size 640x480>"}}}}\n'),
        ('web_manifest_icon_data_uri', lambda r: f'{{"icons":[{{"src":"data:image/png;base64,{_png(r)}","sizes":"32x32"}}]}}\n'),
        ('svg_embedded_font_woff2', lambda r: f'<style>@font-face{{font-family:"Inter";src:url(data:font/woff2;base64,d09GMgABAAAA{b64(rbytes(r, 45))}) format("woff2")}}</style>\n'),
        ('email_signature_img_tag', lambda r: f'<img alt="logo" width="120" src="data:image/png;base64,{_png(r)}">\n'),
    ],
    'public_key_or_certificate': [
        ('fullchain_pem_cat', lambda r: f'$ cat /etc/letsencrypt/live/{host(r)}/fullchain.pem\n{_cert(r)}\n'),
        ('ssh_known_hosts_ed25519', lambda r: f'{host(r)} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(r, "b64", 43)}\n'),
        ('bitcoin_xpub_watch_only', lambda r: f'Watch-only wallet imported.\nxpub: {_xpub(r)}\nderivation: m/84h/0h/0h\n'),
        ('stellar_public_account_id', lambda r: f'Account: {G.strkey(6 << 3, rbytes(r, 32))}\nBalance: 1204.55 XLM\n'),
        ('jwt_verifier_public_key_pem', lambda r: f'jwt:\n  public-key: |\n    -----BEGIN PUBLIC KEY-----\n    MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{rs(r, "b64", 64)}\n    {rs(r, "b64", 20)}==\n    -----END PUBLIC KEY-----\n'),
        ('chrome_extension_manifest_key', lambda r: f'{{"manifest_version":3,"name":"Helper","key":"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{rs(r, "b64", 300)}IDAQAB"}}\n'),
        ('solana_pubkey_explorer_line', lambda r: f'Program Id: {b58enc(rbytes(r, 32))}\nOwner: BPFLoaderUpgradeab1e11111111111111111111111\n'),
    ],
    'trace_or_request_id': [
        ('aws_xray_trace_header', lambda r: f'X-Amzn-Trace-Id: Root=1-{rs(r, "hex", 8)}-{rs(r, "hex", 24)};Parent={rs(r, "hex", 16)};Sampled=1\n'),
        ('gcp_cloud_trace_context', lambda r: f'X-Cloud-Trace-Context: {rs(r, "hex", 32)}/{r.randrange(10**18)};o=1\n'),
        ('heroku_router_request_id', lambda r: f'at=info method=GET path="/" host=app.herokuapp.com request_id={uuid4(r)} fwd="{r.randrange(256)}.1.2.3" status=200\n'),
        ('twilio_message_sid_log', lambda r: f'Message queued: SM{rs(r, "hex", 32)} to +4477009{r.randrange(10**5):05d}\n'),
        ('salesforce_record_ids', lambda r: f'Id,Name\n001{rs(r, "an", 15)},Acme\n003{rs(r, "an", 15)},Jane Roe\n'),
        ('discord_snowflake_ids', lambda r: f'guild_id={r.randrange(10**17, 10**18)} channel_id={r.randrange(10**17, 10**18)} message_id={r.randrange(10**18, 10**19)}\n'),
        ('ksuid_event_ids', lambda r: f'event {rs(r, "an", 27)} processed\nevent {rs(r, "an", 27)} processed\n'),
    ],
    'secret_adjacent_config': [
        ('password_policy_ini', lambda r: '[password_policy]\nmin_length = 12\nrequire_symbols = true\nmax_age_days = 90\nhash_algorithm = argon2id\n'),
        ('jwt_settings_yaml', lambda r: 'jwt:\n  algorithm: RS256\n  token_ttl_seconds: 3600\n  refresh_token_ttl: 30d\n  issuer: https://auth.example.org\n'),
        ('api_key_header_name_config', lambda r: 'API_KEY_HEADER=X-Api-Key\nAPI_KEY_PREFIX=sk_live_\nTOKEN_LENGTH=32\n'),
        ('k8s_secret_name_reference_only', lambda r: 'spec:\n  tls:\n  - hosts: [app.example.org]\n    secretName: app-tls\n  imagePullSecrets:\n  - name: regcred\n'),
        ('keystore_type_properties', lambda r: 'server.ssl.key-store-type=PKCS12\nserver.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-alias=tomcat\n'),
        ('django_password_reset_timeout', lambda r: 'PASSWORD_RESET_TIMEOUT = 259200  # 3 days\nSESSION_COOKIE_NAME = "sid"\nCSRF_COOKIE_SECURE = True\n'),
        ('oauth_endpoints_discovery', lambda r: '{"token_endpoint":"https://login.example.com/oauth2/token","token_endpoint_auth_methods_supported":["client_secret_basic","private_key_jwt"]}\n'),
    ],
}
