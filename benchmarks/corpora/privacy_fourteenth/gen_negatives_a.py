"""Hard negatives, part A. CLASSES[class] = [(kind, f(r) -> text)]."""
from gen_common import rs, uuid4, b64, rbytes, host, user

DOC_EXAMPLES = [
    'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'YWRtaW4=', 'MWYyZDFlMmU2N2Rm',
    '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11', '2YotnFZFEjr1zCsicMWpAA', 'tGzv3JOkF0XG5Qx2TlKWIA',
    'mF_9.B5f-4.1JqM', '12345678901234567890', 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
    'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'my-secret-pw',
    'D1fficultP%40ssw0rd', 'foobared']

DOCS = [
    ('boto3_docs_client_snippet', lambda r: "client = boto3.client(\n    's3',\n    aws_access_key_id='AKIAIOSFODNN7EXAMPLE',\n    aws_secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',\n)\n# example values from the AWS documentation\n"),
    ('k8s_docs_secret_manifest_example', lambda r: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: mysecret\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n'),
    ('telegram_bot_api_docs_example', lambda r: 'Each bot is given a unique authentication token when it is created. The token looks something like 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11\n'),
    ('rfc6749_token_response_example', lambda r: 'HTTP/1.1 200 OK\nContent-Type: application/json;charset=UTF-8\nCache-Control: no-store\n\n{\n  "access_token":"2YotnFZFEjr1zCsicMWpAA",\n  "token_type":"example",\n  "expires_in":3600,\n  "refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"\n}\n'),
    ('rfc6750_bearer_header_example', lambda r: 'GET /resource HTTP/1.1\nHost: server.example.com\nAuthorization: Bearer mF_9.B5f-4.1JqM\n'),
    ('rfc4226_hotp_test_secret', lambda r: 'Appendix D - HOTP Algorithm: Test Values\nThe following test data uses the ASCII string "12345678901234567890" for the secret:\n   Count    Hexadecimal HMAC-SHA-1(secret, count)\n   0        cc93cf18508d94934c64b65d8ba7667fb7cde4b0\n'),
    ('rfc8037_ed25519_jwk_example', lambda r: '{"kty":"OKP","crv":"Ed25519",\n "d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",\n "x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}\n(RFC 8037, Appendix A.1)\n'),
    ('rfc7515_hmac_jwk_example', lambda r: 'A.1.1. Encoding\nThe following JWK represents the symmetric key used:\n{"kty":"oct",\n "k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"}\n'),
    ('stripe_docs_curl_test_key', lambda r: 'curl https://api.stripe.com/v1/charges \\\n  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\\n  -d amount=2000 -d currency=usd\n# sample test key shown in the Stripe API reference\n'),
    ('slack_docs_webhook_example', lambda r: 'POST https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\nContent-type: application/json\n{"text":"Hello, world."}\n'),
    ('mysql_image_docs_run_example', lambda r: '$ docker run --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:tag\n... where some-mysql is the name you want to assign to your container, my-secret-pw is the password to be set for the MySQL root user\n'),
    ('mongodb_docs_connection_example', lambda r: 'mongodb://myDBReader:D1fficultP%40ssw0rd@mongodb0.example.com:27017/?authSource=admin\n(If the username or password includes the @ character, it must be percent-encoded.)\n'),
    ('redis_conf_commented_requirepass', lambda r: '# Warning: since Redis is pretty fast, an outside user can try up to\n# 1 million passwords per second against a modern box.\n#\n# requirepass foobared\n'),
    ('aws_cli_configure_docs_transcript', lambda r: '$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\n'),
]

CLASSES = {
    'publishable_client_key': [
        ('stripe_js_checkout_html', lambda r: f'<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("pk_live_{rs(r, "an", 99)}");</script>\n'),
        ('recaptcha_site_key_html', lambda r: f'<div class="g-recaptcha" data-sitekey="6L{rs(r, "b64u", 38)}"></div>\n'),
        ('hcaptcha_sitekey_div', lambda r: f'<div class="h-captcha" data-sitekey="{uuid4(r)}"></div>\n'),
        ('launchdarkly_client_side_id_js', lambda r: f"const ldClient = LDClient.initialize('{rs(r, 'hex', 24)}', {{ kind: 'user', key: 'anon' }});\n"),
        ('statsig_client_key_init', lambda r: f"await Statsig.initialize('client-{rs(r, 'an', 43)}', {{ userID: 'u1' }});\n"),
        ('pusher_js_app_key', lambda r: f"const pusher = new Pusher('{rs(r, 'hex', 20)}', {{ cluster: 'eu' }});\n"),
        ('onesignal_web_app_id', lambda r: f'OneSignal.init({{ appId: "{uuid4(r)}", allowLocalhostAsSecureOrigin: true }});\n'),
    ],
    'placeholder_template': [
        ('cookiecutter_json_defaults', lambda r: '{\n  "project_slug": "svc",\n  "sentry_dsn": "",\n  "api_key": "<paste-your-api-key>",\n  "db_password": "CHANGE_ME"\n}\n'),
        ('copier_yml_question_default', lambda r: 'api_token:\n  type: str\n  help: Your vendor API token\n  default: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n  secret: true\n'),
        ('env_template_file', lambda r: 'OPENAI_API_KEY=sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXX\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nDATABASE_URL=postgres://user:password@localhost:5432/app\n'),
        ('helm_notes_txt_instructions', lambda r: '2. Set the admin password:\n   helm upgrade myrelease . --set admin.password=<YOUR_PASSWORD>\n'),
        ('readme_badge_token_placeholder', lambda r: '[![coverage](https://codecov.io/gh/org/repo/branch/main/graph/badge.svg?token=YOUR_TOKEN_HERE)](https://codecov.io/gh/org/repo)\n'),
        ('ghp_all_x_placeholder_doc', lambda r: 'export GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX  # replace with your PAT\n'),
        ('terraform_tfvars_example_file', lambda r: '# terraform.tfvars.example\ncloudflare_api_token = "REPLACE_WITH_TOKEN"\nadmin_password       = "********"\n'),
    ],
    'content_hash_checksum': [
        ('b3sum_output', lambda r: f'$ b3sum release.tar.zst\n{rs(r, "hex", 64)}  release.tar.zst\n'),
        ('shasum_512_output', lambda r: f'$ shasum -a 512 app.dmg\n{rs(r, "hex", 128)}  app.dmg\n'),
        ('maven_sha1_sidecar_file', lambda r: f'$ curl -s https://repo1.maven.org/maven2/org/x/lib/1.2/lib-1.2.jar.sha1\n{rs(r, "hex", 40)}\n'),
        ('apt_release_sha256_section', lambda r: f'SHA256:\n {rs(r, "hex", 64)}   1184 main/binary-amd64/Packages\n {rs(r, "hex", 64)}    612 main/binary-amd64/Packages.gz\n'),
        ('http_etag_header_hash', lambda r: f'HTTP/2 200\netag: "{rs(r, "hex", 32)}"\ncontent-type: application/javascript\n'),
        ('nix_store_path_listing', lambda r: f'/nix/store/{rs(r, "0123456789abcdfghijklmnpqrsvwxyz", 32)}-openssl-3.0.14\n/nix/store/{rs(r, "0123456789abcdfghijklmnpqrsvwxyz", 32)}-glibc-2.39\n'),
        ('cksum_crc_output', lambda r: f'$ cksum -a sha256 --base64 firmware.bin\nSHA256 (firmware.bin) = {b64(rbytes(r, 32))}\n'),
    ],
    'vcs_build_identifier': [
        ('gerrit_change_id_trailer', lambda r: f'Fix token refresh race\n\nChange-Id: I{rs(r, "hex", 40)}\nSigned-off-by: {user(r)} <dev@{host(r)}>\n'),
        ('hg_log_changeset', lambda r: f'changeset:   4812:{rs(r, "hex", 12)}\nuser:        {user(r)}\ndate:        Fri May 02 09:14:55 2025 +0200\nsummary:     bump api client\n'),
        ('fossil_timeline_artifact', lambda r: f'=== 2025-05-02 ===\n09:14:55 [{rs(r, "hex", 10)}] *CURRENT* Rotate API client. (user: drh tags: trunk)\n'),
        ('ci_git_rev_parse_output', lambda r: f'+ git rev-parse HEAD\n{rs(r, "hex", 40)}\n+ git describe --always\n{rs(r, "hex", 7)}\n'),
        ('gitlab_ci_predefined_vars_dump', lambda r: f'CI_COMMIT_SHA={rs(r, "hex", 40)}\nCI_COMMIT_SHORT_SHA={rs(r, "hex", 8)}\nCI_PIPELINE_ID={r.randrange(10**8)}\n'),
        ('cargo_vcs_info_json', lambda r: f'{{\n  "git": {{\n    "sha1": "{rs(r, "hex", 40)}"\n  }},\n  "path_in_vcs": "crates/client"\n}}\n'),
        ('svn_info_output', lambda r: f'Path: .\nURL: https://svn.{host(r)}/repos/app/trunk\nRepository UUID: {uuid4(r)}\nRevision: {r.randrange(10**5)}\n'),
    ],
    'encrypted_blob': [
        ('chef_encrypted_data_bag_item', lambda r: f'{{\n  "id": "db",\n  "password": {{\n    "encrypted_data": "{b64(rbytes(r, 48))}",\n    "iv": "{b64(rbytes(r, 12))}",\n    "auth_tag": "{b64(rbytes(r, 16))}",\n    "version": 3,\n    "cipher": "aes-256-gcm"\n  }}\n}}\n'),
        ('hiera_eyaml_pkcs7_value', lambda r: f"profile::db::password: >\n    ENC[PKCS7,{b64(rbytes(r, 180))}]\n"),
        ('rails_credentials_yml_enc', lambda r: f'$ cat config/credentials.yml.enc\n{b64(rbytes(r, 120))}--{b64(rbytes(r, 12))}--{b64(rbytes(r, 16))}\n'),
        ('bitwarden_encrypted_json_export', lambda r: f'{{"encrypted": true, "items": [{{"login": {{"password": "2.{b64(rbytes(r, 16))}|{b64(rbytes(r, 32))}|{b64(rbytes(r, 32))}"}}}}]}}\n'),
        ('firefox_logins_json_entry', lambda r: f'{{"hostname":"https://{host(r)}","encryptedUsername":"MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA{rs(r, "b64", 26)}==","encryptedPassword":"MEIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA{rs(r, "b64", 42)}=="}}\n'),
        ('jenkins_credentials_xml_encrypted', lambda r: f'<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>deploy</id>\n  <username>deploy</username>\n  <password>{{AQAAABAAAAAQ{b64(rbytes(r, 36))}}}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n'),
        ('python_fernet_token_ciphertext', lambda r: f">>> f.encrypt(b'quarterly report')\nb'gAAAAAB{rs(r, 'b64u', 93)}=='\n"),
    ],
    'random_non_credential_id': [
        ('docker_ps_container_ids', lambda r: f'$ docker ps -q --no-trunc\n{rs(r, "hex", 64)}\n{rs(r, "hex", 64)}\n'),
        ('ethereum_tx_hash_receipt', lambda r: f'transactionHash   0x{rs(r, "hex", 64)}\nblockNumber       {r.randrange(10**7, 10**8)}\nstatus            1 (success)\n'),
        ('nanoid_generated_ids_list', lambda r: f'> Array.from({{length: 3}}, () => nanoid())\n[ \'{rs(r, "b64u", 21)}\', \'{rs(r, "b64u", 21)}\', \'{rs(r, "b64u", 21)}\' ]\n'),
        ('s3_ls_random_object_keys', lambda r: f'2025-05-02 09:14:55     482113 uploads/{rs(r, "an", 32)}.jpg\n2025-05-02 09:15:01      91822 uploads/{rs(r, "an", 32)}.png\n'),
        ('bitcoin_txid_explorer_line', lambda r: f'TXID {rs(r, "hex", 64)}  0.0142 BTC  3 confirmations\n'),
        ('mongodb_objectid_query', lambda r: f'db.orders.find({{ _id: ObjectId("{rs(r, "hex", 24)}") }})\n'),
        ('pytest_random_seed_header', lambda r: f'Using --randomly-seed={r.randrange(10**9, 10**10)}\nhypothesis profile \'ci\' -> database=DirectoryBasedExampleDatabase(\'.hypothesis/examples/{rs(r, "hex", 16)}\')\n'),
    ],
    'password_prose_no_secret': [
        ('helpdesk_kb_reset_article', lambda r: 'To reset your VPN password, open the self-service portal, click "Forgot password" and follow the link we e-mail you. Support staff will never ask for your password.\n'),
        ('team_chat_where_is_password', lambda r: 'anyone know where the staging db password lives now? -- it moved to the "infra/staging" item in 1Password, ask Priya for access\n'),
        ('security_awareness_slide_text', lambda r: 'Slide 7: A strong passphrase is long, unique and stored in a password manager. Never reuse a password across sites.\n'),
        ('postmortem_credential_rotation_note', lambda r: 'Timeline 14:02 UTC: the leaked token was revoked and all API keys for the tenant were rotated. No customer data was accessed.\n'),
        ('multilingual_password_policy_note', lambda r: 'Gesloot: minimaal 12 tekens. Fjalëkalimi duhet të ndryshohet çdo 90 ditë. Parolanızı kimseyle paylaşmayın.\n'),
        ('changelog_token_handling_entry', lambda r: '### Fixed\n- Tokens are no longer printed in debug logs (#4412).\n- `--password` flag now reads from stdin when given `-`.\n'),
        ('login_form_error_strings', lambda r: '{"login.error.wrong_password":"Wrong password. Try again or click Forgot password.","login.hint":"Use at least 8 characters"}\n'),
    ],
}
