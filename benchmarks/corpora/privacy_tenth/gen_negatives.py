"""Hard negatives: credential-looking or credential-adjacent text with no live secret."""
import base64
import hashlib
import random
import re
import uuid as _uuid
from gen_common import rs, ALNUM, HEXL, B64, B64URL, UPPER_ALNUM, rbytes, bech32_encode

F = re.compile(r"«(\w+)»")


def _fill(r, name):
    if name == "sha40":
        return rs(r, HEXL, 40)
    if name == "sha7":
        return rs(r, HEXL, 7)
    if name == "sha64":
        return rs(r, HEXL, 64)
    if name == "uuid":
        return str(_uuid.UUID(int=r.getrandbits(128), version=4))
    if name == "b64_32":
        return base64.b64encode(rbytes(r, 32)).decode()
    if name == "sri384":
        return "sha384-" + base64.b64encode(rbytes(r, 48)).decode()
    if name == "sri512":
        return "sha512-" + base64.b64encode(rbytes(r, 64)).decode()
    if name == "h1":
        return "h1:" + base64.b64encode(rbytes(r, 32)).decode()
    if name == "num":
        return str(r.randrange(1000, 99999999))
    if name == "pk_live":
        return "pk_live_51" + rs(r, ALNUM, 97)
    if name == "phc":
        return "phc_" + rs(r, ALNUM, 43)
    if name == "fbweb":
        return "AIza" + rs(r, B64URL, 35)
    if name == "mapbox_pk":
        return "pk.eyJ1Ijoi" + rs(r, B64URL, 40) + "." + rs(r, B64URL, 22)
    if name == "hex32":
        return rs(r, HEXL, 32)
    if name == "recaptcha":
        return "6L" + rs(r, B64URL, 38)
    if name == "clerk_pk":
        return "pk_live_" + base64.b64encode(b"clerk.example.com$").decode()
    if name == "sb_pub":
        return "sb_publishable_" + rs(r, B64URL, 31)
    if name == "sops":
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, r.randrange(12, 40))).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    if name == "vault_hex":
        h = rs(r, HEXL, 80 * 4)
        return "\n".join(h[i:i + 80] for i in range(0, len(h), 80))
    if name == "sealed":
        return "AgB" + rs(r, B64, 300) + "=="
    if name == "pgp_msg":
        b = base64.b64encode(rbytes(r, 150)).decode()
        return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    if name == "png":
        return "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + base64.b64encode(rbytes(r, 90)).decode()
    if name == "gif":
        return "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    if name == "sshpub":
        return "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43)
    if name == "wgpub":
        return base64.b64encode(rbytes(r, 32)).decode()
    if name == "age1":
        return bech32_encode("age", rbytes(r, 32))
    if name == "pubkey_pem":
        b = base64.b64encode(bytes.fromhex("302a300506032b6570032100") + rbytes(r, 32)).decode()
        return "-----BEGIN PUBLIC KEY-----\n" + b + "\n-----END PUBLIC KEY-----"
    if name == "cert_body":
        b = base64.b64encode(bytes.fromhex("308201") + rbytes(r, 300)).decode()
        return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    if name == "trace":
        return "00-%s-%s-01" % (rs(r, HEXL, 32), rs(r, HEXL, 16))
    if name == "awsreq":
        return rs(r, UPPER_ALNUM, 16)
    if name == "user":
        return r.choice(["anna", "jdoe", "kira", "petr", "mfernandez", "tanaka", "ops"])
    if name == "last4":
        return rs(r, ALNUM, 4)
    raise KeyError(name)


def fill(r, tpl):
    return F.sub(lambda m: _fill(r, m.group(1)), tpl)


N = {
    "documentation_example": [
        ("aws_docs_example_credentials", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# values from the AWS CLI user guide ({num})\n"),
        ("stripe_docs_curl_test_key", "# from the Stripe API reference (test mode)\ncurl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: -d amount={num}\n"),
        ("azurite_devstore_connection", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n# Azurite emulator well-known key, ticket #{num}\n"),
        ("hardhat_default_account_zero", "// Hardhat local node account #0 (publicly known, never fund it) build {num}\nconst PK = \"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\";\n"),
        ("jwt_io_sample_token", "Example from jwt.io (step {num}):\neyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n"),
        ("rfc7617_basic_auth_example", "RFC 7617 example: Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== (Aladdin / open sesame), see §2 p.{num}\n"),
        ("slack_docs_fake_token_string", "Set SLACK_BOT_TOKEN=xoxb-not-a-real-token-this-will-not-work as shown in the Bolt tutorial (section {num}).\n"),
    ],
    "placeholder_template": [
        ("dotenv_example_placeholders", "# .env.example — copy to .env\nOPENAI_API_KEY=<your-openai-key>\nDATABASE_URL=postgres://user:password@localhost:5432/app_{num}\nSTRIPE_SECRET_KEY=sk_live_...\n"),
        ("helm_values_template_placeholder", "auth:\n  password: \"\"  # set via --set auth.password=<PASSWORD>\n  replicas: {num}\n"),
        ("readme_config_instructions", "Replace `YOUR_API_TOKEN_HERE` in `config.toml` with the token from the dashboard (step {num}).\n"),
        ("terraform_variable_no_default", "variable \"db_password\" {\n  type      = string\n  sensitive = true\n  # no default: pass with -var or TF_VAR_db_password ({num})\n}\n"),
        ("jinja_template_unrendered", "[client]\nuser = {{ mysql_user }}\npassword = {{ mysql_password }}\n# rendered by role db-{num}\n"),
        ("docker_compose_required_var", "environment:\n  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}\n  PGDATA: /data/pg{num}\n"),
        ("xxx_masked_in_docs", "curl -H 'Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxx' https://api.example.com/v1/items?page={num}\n"),
    ],
    "publishable_key": [
        ("stripe_js_publishable_init", "const stripe = Stripe('«pk_live»');\n"),
        ("posthog_js_init_snippet", "posthog.init('«phc»', { api_host: 'https://eu.i.posthog.com' })\n"),
        ("firebase_web_config_object", "const firebaseConfig = {\n  apiKey: \"«fbweb»\",\n  authDomain: \"demo-«num».firebaseapp.com\",\n  projectId: \"demo-«num»\",\n};\n"),
        ("mapbox_gl_public_token", "mapboxgl.accessToken = '«mapbox_pk»';\n"),
        ("recaptcha_site_key_div", "<div class=\"g-recaptcha\" data-sitekey=\"«recaptcha»\"></div>\n"),
        ("algolia_search_only_client", "const client = algoliasearch('«awsreq»', '«hex32»'); // search-only key, safe for browsers\n"),
        ("supabase_publishable_key_env", "NEXT_PUBLIC_SUPABASE_URL=https://«sha7»abc.supabase.co\nNEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=«sb_pub»\n"),
    ],
    "hash_checksum": [
        ("git_log_oneline", "«sha7» fix: retry on 502\n«sha7» chore: bump deps\n«sha7» feat: add export\n"),
        ("sha256sum_release_file", "«sha64»  app-v«num»-linux-amd64.tar.gz\n«sha64»  app-v«num»-darwin-arm64.tar.gz\n"),
        ("html_script_sri_integrity", "<script src=\"https://cdn.example.net/lib.min.js\" integrity=\"«sri384»\" crossorigin=\"anonymous\"></script>\n"),
        ("go_sum_lines", "golang.org/x/net v0.«num».0 «h1»\ngolang.org/x/net v0.«num».0/go.mod «h1»\n"),
        ("package_lock_integrity", "\"node_modules/left-pad\": {\n  \"version\": \"1.3.0\",\n  \"integrity\": \"«sri512»\"\n}\n"),
        ("docker_image_digest_pin", "FROM python:3.12-slim@sha256:«sha64»\n"),
        ("cargo_lock_checksum", "[[package]]\nname = \"serde\"\nversion = \"1.0.«num»\"\nchecksum = \"«sha64»\"\n"),
    ],
    "uuid_request_id": [
        ("http_response_request_id", "HTTP/2 500\nx-request-id: «uuid»\ncontent-type: application/json\n"),
        ("aws_cli_error_request_id", "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied (Request ID: «awsreq», Host ID: «b64_32»)\n"),
        ("k8s_object_uid_metadata", "metadata:\n  name: api-«sha7»\n  uid: «uuid»\n  resourceVersion: \"«num»\"\n"),
        ("w3c_traceparent_header", "traceparent: «trace»\n"),
        ("sentry_event_id_log", "Sentry event captured: «hex32» (release api@«num»)\n"),
        ("azure_correlation_id_error", "Code: AuthorizationFailed\nCorrelation ID: «uuid»\nTimestamp: 2024-06-11 10:00:01Z\n"),
        ("systemd_machine_id_cat", "$ cat /etc/machine-id\n«hex32»\n"),
    ],
    "ciphertext_blob": [
        ("sops_encrypted_yaml_value", "db:\n    password: «sops»\nsops:\n    age:\n        - recipient: «age1»\n    lastmodified: \"2024-06-11T10:00:01Z\"\n"),
        ("ansible_vault_encrypted_var", "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  «vault_hex»\n"),
        ("sealedsecret_encrypted_data", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: «sealed»\n"),
        ("pgp_message_armored", "-----BEGIN PGP MESSAGE-----\n\n«pgp_msg»\n-----END PGP MESSAGE-----\n"),
        ("jasypt_enc_property", "spring.datasource.password=ENC(«b64_32»)\n"),
        ("age_encrypted_file_armored", "-----BEGIN AGE ENCRYPTED FILE-----\n«pgp_msg»\n-----END AGE ENCRYPTED FILE-----\n"),
        ("sops_dotenv_encrypted", "API_TOKEN=«sops»\nsops_version=3.8.1\n"),
    ],
    "secret_store_reference": [
        ("onepassword_op_reference_env", "DATABASE_PASSWORD=op://Production/postgres-«sha7»/password\nOPENAI_API_KEY=op://Shared/OpenAI/credential\n"),
        ("github_actions_secrets_expression", "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  DEPLOY_KEY: ${{ secrets.DEPLOY_KEY_«num» }}\n"),
        ("vault_agent_template_reference", "{{ with secret \"secret/data/app-«sha7»\" }}PASSWORD={{ .Data.data.password }}{{ end }}\n"),
        ("k8s_secretkeyref_env", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-«sha7»\n        key: password\n"),
        ("aws_secretsmanager_arn_ref", "\"secrets\": [{\"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:eu-west-1:«num»:secret:prod/db-«sha7»\"}]\n"),
        ("gcp_secret_manager_resource_name", "password_secret: projects/my-proj-«num»/secrets/db-password/versions/latest\n"),
        ("docker_secret_file_reference", "environment:\n  POSTGRES_PASSWORD_FILE: /run/secrets/pg_password_«sha7»\n"),
    ],
    "env_var_reference": [
        ("python_os_environ_lookup", "api_key = os.environ[\"OPENAI_API_KEY\"]\nretries = int(os.getenv(\"RETRIES\", \"«num»\"))\n"),
        ("node_process_env_lookup", "const token = process.env.GITHUB_TOKEN ?? '';\nconst port = Number(process.env.PORT || «num»);\n"),
        ("shell_variable_expansion_curl", "curl -H \"Authorization: Bearer $API_TOKEN\" https://api.example.com/jobs/«num»\n"),
        ("windows_percent_var_reference", "net use Z: \\\\nas\\share /user:%USERNAME% %NAS_PASSWORD%  REM job «num»\n"),
        ("spring_placeholder_property", "spring.datasource.password=${DB_PASSWORD}\nserver.port=«num»\n"),
        ("rust_env_var_call", "let key = std::env::var(\"STRIPE_SECRET_KEY\").expect(\"missing key\"); // «num»\n"),
        ("systemd_environmentfile_reference", "[Service]\nEnvironmentFile=/etc/api/secrets.env\nExecStart=/usr/bin/api --port «num»\n"),
    ],
    "masked_value": [
        ("github_actions_log_masked", "Run ./deploy.sh\n  env:\n    NPM_TOKEN: ***\n    BUILD: «num»\n"),
        ("dashboard_last4_display", "API key: sk-proj-••••••••••••«last4» (created 2024-06-11, id «num»)\n"),
        ("redacted_log_line", "level=info msg=\"auth ok\" token=[REDACTED] user=«user» req=«num»\n"),
        ("kubectl_describe_secret_bytes", "Name:  db-«sha7»\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  5 bytes\n"),
        ("terraform_plan_sensitive_value", "  + resource \"aws_db_instance\" \"main\" {\n      + password = (sensitive value)\n      + port     = «num»\n    }\n"),
        ("asterisk_masked_form_echo", "Password: ************\nLogin for «user» succeeded.\n"),
        ("jenkins_console_masked", "[Pipeline] withCredentials\nMasking supported pattern matches of $PASS\n+ curl -u deploy:**** https://nexus.example.org/«num»\n"),
    ],
    "password_prose_no_secret": [
        ("support_chat_reset_howto", "«user»: I forgot my password again\nsupport: no worries, use the 'Forgot password' link, the reset mail expires in «num» minutes\n"),
        ("german_forum_post", "Ich habe mein Passwort geändert, aber der Login klappt immer noch nicht. Ticket «num».\n"),
        ("spanish_email_no_password", "Hola, la contraseña nueva te la paso por teléfono, no por correo. Ref «num».\n"),
        ("japanese_chat_no_password", "パスワードは口頭で伝えます。チャットには書きません（#«num»）。\n"),
        ("commit_message_rotate_note", "chore: rotate database password (new value lives in vault, see OPS-«num»)\n"),
        ("french_issue_comment", "Le mot de passe a expiré, il faut le renouveler dans le portail. Incident «num».\n"),
        ("postmortem_prose", "The root cause was a leaked token in a public gist; it was revoked within «num» seconds and no data was accessed.\n"),
    ],
    "build_identifier": [
        ("github_actions_run_url", "https://github.com/example/api/actions/runs/«num»/job/«num»\n"),
        ("jenkins_build_tag_env", "BUILD_TAG=jenkins-api-main-«num»\nBUILD_ID=«num»\nGIT_COMMIT=«sha40»\n"),
        ("gradle_build_scan_url", "Publishing build scan...\nhttps://scans.gradle.com/s/«sha7»«sha7»\n"),
        ("elf_build_id_readelf", "$ readelf -n ./api | grep 'Build ID'\n    Build ID: «sha40»\n"),
        ("go_version_m_buildinfo", "$ go version -m ./api\n./api: go1.22.4\n\tbuild\tvcs.revision=«sha40»\n\tbuild\tvcs.time=2024-06-11T10:00:01Z\n"),
        ("docker_build_cache_ids", "#5 [2/4] RUN apt-get update\n#5 CACHED\n#7 writing image sha256:«sha64» done\n"),
        ("xcode_archive_uuid", "Archive UUID: «uuid»\nBuild: «num»\n"),
    ],
    "base64_image": [
        ("html_img_data_uri_png", "<img alt=\"logo\" src=\"data:image/png;base64,«png»\">\n"),
        ("css_background_data_uri", ".icon { background: url(data:image/png;base64,«png») no-repeat; }\n"),
        ("markdown_inline_gif_pixel", "![pixel](data:image/gif;base64,«gif») ticket «num»\n"),
        ("json_avatar_base64_field", "{\"user\":\"«user»\",\"avatar\":\"data:image/png;base64,«png»\"}\n"),
        ("email_inline_image_part", "Content-Type: image/png\nContent-Transfer-Encoding: base64\nContent-ID: <logo«num»>\n\n«png»\n"),
        ("svg_embedded_png_href", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/png;base64,«png»\"/></svg>\n"),
        ("pwa_manifest_icon_inline", "{\"icons\":[{\"src\":\"data:image/png;base64,«png»\",\"sizes\":\"16x16\"}]}\n"),
    ],
    "password_policy_text": [
        ("password_policy_markdown", "## Password policy\n- at least «num» characters\n- one upper-case letter, one digit, one symbol\n- no reuse of the last 5 passwords\n"),
        ("regex_password_validator", "PASSWORD_RE = r\"^(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,}$\"  # rule «num»\n"),
        ("pam_pwquality_conf", "minlen = 14\ndcredit = -1\nucredit = -1\nocredit = -1\nretry = 3\n# CIS «num»\n"),
        ("windows_net_accounts_output", "Minimum password length: 14\nMaximum password age (days): 90\nLength of password history maintained: 24\nComputer role: «num»\n"),
        ("django_auth_password_validators", "AUTH_PASSWORD_VALIDATORS = [\n    {\"NAME\": \"django.contrib.auth.password_validation.MinimumLengthValidator\", \"OPTIONS\": {\"min_length\": «num»}},\n]\n"),
        ("keycloak_password_policy_string", "passwordPolicy: \"length(12) and digits(1) and upperCase(1) and notUsername and passwordHistory(«num»)\"\n"),
        ("ui_hint_text_password_field", "<small>Password must be 12–64 characters and must not contain your username.</small> <!-- v«num» -->\n"),
    ],
    "fake_fixture": [
        ("pytest_fixture_fake_token", "@pytest.fixture\ndef token():\n    # FAKE value for unit tests only\n    return \"test-token-not-real-«num»\"\n"),
        ("jest_mock_env_marked_fake", "process.env.API_KEY = 'fake-api-key-for-tests'; // mocked, test run «num»\n"),
        ("vcr_cassette_filtered", "request:\n  headers:\n    Authorization:\n    - <FILTERED>\n  uri: https://api.example.com/v1/items/«num»\n"),
        ("rspec_let_dummy_password", "let(:password) { 'dummy-password' } # spec fixture «num», never used outside tests\n"),
        ("go_testdata_fake_creds", "// testdata: intentionally fake credentials\nvar fakeCreds = Creds{User: \"test\", Password: \"not-a-secret\"} // case «num»\n"),
        ("fixtures_json_example_user", "[{\"model\": \"auth.user\", \"pk\": «num», \"fields\": {\"username\": \"example\", \"password\": \"!\"}}]\n"),
        ("testcontainers_default_creds", "new PostgreSQLContainer<>(\"postgres:16\").withUsername(\"test\").withPassword(\"test\"); // throwaway container «num»\n"),
    ],
    "public_key_material": [
        ("authorized_keys_ed25519_line", "ssh-ed25519 «sshpub» «user»@laptop\n"),
        ("wireguard_peer_public_key", "[Peer]\nPublicKey = «wgpub»\nAllowedIPs = 10.8.0.«num»/32\nEndpoint = vpn.example.org:51820\n"),
        ("age_recipients_file", "# recipients for secrets.enc.yaml\n«age1»\n«age1»\n"),
        ("pem_public_key_block", "«pubkey_pem»\n"),
        ("pem_certificate_chain", "-----BEGIN CERTIFICATE-----\n«cert_body»\n-----END CERTIFICATE-----\n"),
        ("gpg_fingerprint_listing", "pub   ed25519 2024-06-11 [SC]\n      «sha40»\nuid           [ultimate] «user» <«user»@example.org>\n"),
        ("known_hosts_entry", "git.example.org ssh-ed25519 «sshpub»\n"),
    ],
}

WRAP = [
    ("__in_markdown_fence", "```\n", "```\n"),
    ("__in_review_comment", "Reviewer note: this is fine to commit, nothing sensitive here.\n\n", ""),
    ("__in_ai_chat_question", "User: is this safe to share?\n\n", "\n"),
]


def build(seed=5050):
    rng = random.Random(seed)
    out = []
    for cls, items in N.items():
        for rep in range(2):
            for i, (cont, tpl) in enumerate(items):
                t = tpl.replace("{num}", "«num»")
                text = fill(rng, t)
                c = cont
                if rep == 1:
                    w = WRAP[(i + len(out)) % len(WRAP)]
                    text = w[1] + text + w[2]
                    c = cont + w[0]
                out.append({"id": None, "class": cls, "container": c, "text": text, "source": "gen_negatives"})
    return out
