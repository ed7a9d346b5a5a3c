"""Hard negatives (seed 13006): 15 classes x 8 base containers; the first seven of each class are
instantiated twice with fresh fillers, the second copy wrapped.  Fillers use gen_common.spec."""
import random

from gen_common import spec

SEED = 13006
N = {
    "publishable_key": [
        ("astro_public_env_stripe_pk", "PUBLIC_STRIPE_KEY=pk_live_{a99}\n"),
        ("clerk_nextjs_publishable_env", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_{b40}\n"),
        ("mapbox_gl_public_token_js", "mapboxgl.accessToken = 'pk.eyJ1IjoiZmllbGRraXQiLCJhIjoi{a22}In0.{w22}';\n"),
        ("posthog_js_init_snippet", "posthog.init('phc_{a43}', { api_host: 'https://eu.i.posthog.com' })\n"),
        ("algolia_search_only_key_widget", "const search = instantsearch({ searchClient: algoliasearch('{u10}', '{h32}' /* search-only key */) });\n"),
        ("razorpay_checkout_key_id", "var options = { key: 'rzp_live_{a14}', amount: 49900, currency: 'INR' };\n"),
        ("turnstile_widget_sitekey_html", '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA{w14}"></div>\n'),
        ("supabase_publishable_key_client", "createClient('https://{l20}.supabase.co', 'sb_publishable_{w31}')\n"),
    ],
    "public_key_material": [
        ("authorized_keys_ed25519_line", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b43} ops@laptop\n"),
        ("age_recipients_file", "# team recipients\nage1{z58}\n"),
        ("wireguard_peer_section", "[Peer]\nPublicKey = {b43}=\nAllowedIPs = 10.8.0.2/32\nEndpoint = vpn.example.net:51820\n"),
        ("dkim_dns_txt_record", 'sel1._domainkey.example.org. IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{b200}IDAQAB"\n'),
        ("jwks_json_public_rsa", '{"keys":[{"kty":"RSA","kid":"{h16}","use":"sig","alg":"RS256","e":"AQAB","n":"{w342}"}]}\n'),
        ("minisign_pub_file", "untrusted comment: minisign public key {H16}\nRW{b54}\n"),
        ("sshfp_dns_record_line", "host01.example.org. IN SSHFP 4 2 {h64}\n"),
        ("tlsa_record_dane_line", "_25._tcp.mail.example.org. IN TLSA 3 1 1 {h64}\n"),
    ],
    "placeholder_template": [
        ("helm_values_placeholder_comment", "vendor:\n  apiKey: \"<YOUR_API_KEY>\"  # set via --set vendor.apiKey=...\n"),
        ("dotenv_example_file", "# copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\n"),
        ("terraform_variable_no_default", 'variable "db_password" {\n  type      = string\n  sensitive = true\n  # no default: pass with TF_VAR_db_password\n}\n'),
        ("readme_config_snippet_placeholder", "```toml\n[auth]\ntoken = \"REPLACE_ME\"\n```\n"),
        ("jinja_template_secret_variable", "password={{ mysql_root_password }}\nuser={{ mysql_user }}\n"),
        ("gh_actions_secret_expression", "env:\n  API_TOKEN: ${{ secrets.API_TOKEN }}\n"),
        ("swagger_example_token_placeholder", "securitySchemes:\n  bearerAuth:\n    type: http\n    scheme: bearer\n    description: 'Authorization: Bearer <token>'\n"),
        ("cli_help_text_token_flag", "  --token string   API token (default \"$ACME_TOKEN\")\n  --dry-run        print actions only\n"),
    ],
    "documentation_example": [
        ("aws_cli_docs_credentials_example", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"),
        ("rfc7617_basic_auth_example", "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n(RFC 7617: user-id \"Aladdin\", password \"open sesame\")\n"),
        ("rfc6749_client_auth_example", "Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW\n(example client credentials from RFC 6749 section 2.3.1)\n"),
        ("rfc6238_test_seed_table", "RFC 6238 test vectors use the ASCII seed \"12345678901234567890\" (base32 GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ).\n"),
        ("minio_quickstart_default_creds", "MINIO_ROOT_USER=minioadmin\nMINIO_ROOT_PASSWORD=minioadmin\n# defaults from the quickstart; change them\n"),
        ("postgres_image_docs_password", "docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres\n"),
        ("kubeadm_docs_token_example", "kubeadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:{h64}\n"),
        ("azurite_docs_account_key", "AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==\n"),
    ],
    "hash_checksum": [
        ("sha256sums_release_file", "{h64}  acme-cli_2.4.0_linux_amd64.tar.gz\n{h64}  acme-cli_2.4.0_darwin_arm64.tar.gz\n"),
        ("git_lfs_pointer_file", "version https://git-lfs.github.com/spec/v1\noid sha256:{h64}\nsize 48213344\n"),
        ("npm_lockfile_integrity_field", '"node_modules/lodash": {\n  "version": "4.17.21",\n  "integrity": "sha512-{b86}=="\n}\n'),
        ("go_sum_module_line", "github.com/example/lib v1.8.2 h1:{b43}=\n"),
        ("pip_requirements_hash_flag", "requests==2.32.3 \\\n    --hash=sha256:{h64}\n"),
        ("nix_fetchurl_sri_hash", 'src = fetchurl {\n  url = "https://example.org/tool-1.0.tar.gz";\n  hash = "sha256-{b43}=";\n};\n'),
        ("html_script_sri_integrity", '<script src="https://cdn.example.com/lib.min.js" integrity="sha384-{b64}" crossorigin="anonymous"></script>\n'),
        ("docker_image_digest_pull", "docker pull registry.example.com/app@sha256:{h64}\n"),
    ],
    "ciphertext_blob": [
        ("ansible_vault_encrypted_file", "$ANSIBLE_VAULT;1.1;AES256\n{h80}\n{h80}\n{h40}\n"),
        ("sops_encrypted_yaml_value", "db_password: ENC[AES256_GCM,data:{b24},iv:{b43}=,tag:{b22}==,type:str]\n"),
        ("sealed_secret_encrypted_data", "spec:\n  encryptedData:\n    token: AgB{b300}==\n"),
        ("age_armored_encrypted_file", "-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB{b40}\n{b64}\n-----END AGE ENCRYPTED FILE-----\n"),
        ("jasypt_enc_property_value", "spring.datasource.password=ENC({b44})\n"),
        ("vault_transit_ciphertext_response", '{"data": {"ciphertext": "vault:v1:{b92}=="}}\n'),
        ("aws_kms_encrypt_output_json", '{"CiphertextBlob": "AQICAHh{b180}==", "KeyId": "arn:aws:kms:eu-west-1:123456789012:key/{U}"}\n'),
        ("pgp_message_armored_block", "-----BEGIN PGP MESSAGE-----\n\nhQEMA{b59}\n{b64}\n={b4}\n-----END PGP MESSAGE-----\n"),
    ],
    "uuid_request_id": [
        ("http_response_request_id_header", "HTTP/1.1 502 Bad Gateway\nx-request-id: {U}\nx-amzn-trace-id: Root=1-{h8}-{h24}\n"),
        ("aws_sdk_error_request_id", "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation (RequestId: {H16}; HostId: {b76}=)\n"),
        ("w3c_traceparent_log_field", 'level=info msg="handled" traceparent=00-{h32}-{h16}-01 dur=12ms\n'),
        ("stripe_api_error_request_id", '{"error": {"type": "invalid_request_error", "message": "No such customer"}, "request_id": "req_{a14}"}\n'),
        ("azure_error_correlation_id", "Correlation ID: {U}\nTimestamp: 2025-03-12 10:01:02Z\nAADSTS50126: Error validating credentials due to invalid username or password.\n"),
        ("kubernetes_object_uid_metadata", "metadata:\n  name: web\n  uid: {U}\n  resourceVersion: \"48213\"\n"),
        ("sentry_issue_event_id_link", "Event {h32} captured: https://sentry.example.com/organizations/acme/issues/{d7}/events/{h32}/\n"),
        ("cloudflare_cf_ray_header", "cf-ray: {h16}-FRA\ncf-cache-status: DYNAMIC\n"),
    ],
    "masked_value": [
        ("gitlab_ci_masked_variable_log", "$ echo $DEPLOY_TOKEN\n[MASKED]\n"),
        ("github_actions_log_star_mask", "Run ./deploy.sh\n  env:\n    API_KEY: ***\n"),
        ("stripe_dashboard_key_last4", "Secret key   sk_live_••••••••••••••••••••{a4}   Revealed 3 days ago\n"),
        ("kubectl_describe_secret_bytes", "Name:  db-credentials\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  8 bytes\n"),
        ("vercel_env_ls_encrypted_column", "  name           value        environments\n  DATABASE_URL   Encrypted    Production, Preview\n"),
        ("spring_actuator_env_sanitized", '{"name": "spring.datasource.password", "value": "******"}\n'),
        ("heroku_config_redacted_output", "=== app-prod Config Vars\nDATABASE_URL: postgres://u{l6}:<redacted>@ec2-1-2-3-4.compute-1.amazonaws.com:5432/d{l8}\n"),
        ("github_token_list_ui_prefix", "Tokens\n  ci-bot        ghp_…{a4}   Expires in 21 days\n"),
    ],
    "env_var_lookup_code": [
        ("python_os_environ_lookup", "import os\ntoken = os.environ[\"VENDOR_API_TOKEN\"]\n"),
        ("node_process_env_lookup", "const key = process.env.STRIPE_SECRET_KEY ?? throwMissing('STRIPE_SECRET_KEY');\n"),
        ("java_system_getenv_call", "String pw = System.getenv(\"DB_PASSWORD\");\n"),
        ("ruby_env_fetch_no_default", "config.api_key = ENV.fetch('SENDGRID_API_KEY')\n"),
        ("rust_std_env_var_call", "let token = std::env::var(\"GITHUB_TOKEN\").expect(\"GITHUB_TOKEN not set\");\n"),
        ("deno_env_get_call", "const key = Deno.env.get(\"OPENAI_API_KEY\");\n"),
        ("csharp_configuration_indexer", "var conn = builder.Configuration[\"ConnectionStrings:Default\"];\n"),
        ("go_os_getenv_call", "apiKey := os.Getenv(\"DATADOG_API_KEY\")\nif apiKey == \"\" { log.Fatal(\"missing key\") }\n"),
    ],
    "fake_fixture": [
        ("pytest_fixture_fake_token", "@pytest.fixture\ndef client():\n    return Client(token=\"test-token-not-real\")\n"),
        ("jest_mock_api_key", "jest.mock('../vendor', () => ({ apiKey: 'fake-key-for-tests' }));\n"),
        ("rspec_let_dummy_password", "let(:password) { 'dummy-password' }\n"),
        ("go_testdata_fake_secret", "// testdata: obviously fake\nconst testSecret = \"00000000000000000000000000000000\"\n"),
        ("vcr_cassette_filtered_token", "- request:\n    headers:\n      Authorization:\n      - Bearer <FILTERED_TOKEN>\n"),
        ("factory_bot_fake_credentials", "factory :integration do\n  api_key { 'test_' + 'x' * 24 }\nend\n"),
        ("storybook_args_fake_key", "export const Default = { args: { apiKey: 'storybook-demo-key' } };\n"),
        ("localstack_test_credentials", "AWS_ACCESS_KEY_ID=test\nAWS_SECRET_ACCESS_KEY=test\nAWS_ENDPOINT_URL=http://localhost:4566\n"),
    ],
    "high_entropy_non_secret": [
        ("webpack_stats_chunk_hashes", "main.{h20}.js  214 KiB\nvendors.{h20}.js  812 KiB\n"),
        ("csp_header_nonce_value", "Content-Security-Policy: script-src 'nonce-{b22}==' 'strict-dynamic'\n"),
        ("youtube_video_id_list", "playlist:\n  - https://www.youtube.com/watch?v={w11}\n  - https://www.youtube.com/watch?v={w11}\n"),
        ("ulid_event_ids_log", "event_id=01J{Z23} type=order.created\nevent_id=01J{Z23} type=order.paid\n"),
        ("ml_experiment_run_id", "mlflow run id: {h32}\nartifact_uri: s3://ml-artifacts/3/{h32}/artifacts\n"),
        ("bitly_short_links", "https://bit.ly/{a7}\nhttps://bit.ly/{a7}\n"),
        ("image_layer_ids_docker_history", "IMAGE          CREATED        SIZE\n{h12}   2 weeks ago    87.4MB\n{h12}   2 weeks ago    0B\n"),
        ("ipfs_cid_pin_output", "pinned bafybei{z52} recursively\n"),
    ],
    "password_policy_prose": [
        ("it_policy_password_requirements", "Passwords must be at least 14 characters, include three character classes and be changed every 180 days. Never share your password by e-mail.\n"),
        ("password_reset_email_no_secret", "Hi Sam,\nSomeone asked to reset the password for your account. If it was you, use the button below within 30 minutes. If not, ignore this email.\n"),
        ("i18n_strings_password_labels", "login.password=Password\nlogin.password.hint=At least 12 characters\nlogin.forgot=Forgot password?\n"),
        ("onboarding_doc_where_passwords_live", "All service passwords live in the team vault under 'Infra/Prod'. Ask your lead for access; do not copy them into tickets.\n"),
        ("helpdesk_macro_password_expired", "Your password has expired. Please change it at https://passwd.example.org before signing in again.\n"),
        ("validation_error_password_field", '{"errors": {"password": ["must contain a digit", "is too short (minimum is 12 characters)"]}}\n'),
        ("security_training_quiz_text", "Q3: Which is the safest way to share a Wi-Fi password with a guest?\n a) e-mail  b) QR card at reception  c) sticky note\n"),
        ("changelog_entry_password_rotation", "### Security\n- Rotated the SMTP relay password after the vendor incident (no customer data affected).\n"),
    ],
    "secret_manager_reference": [
        ("op_reference_uri_env", "DB_PASSWORD=op://Infra/postgres-prod/password\n"),
        ("aws_secretsmanager_arn_ecs", '"secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-{a6}"}]\n'),
        ("gcp_secret_version_path", "gcloud run deploy api --set-secrets=API_KEY=projects/acme-prod/secrets/api-key/versions/latest\n"),
        ("azure_keyvault_app_setting_ref", "@Microsoft.KeyVault(SecretUri=https://kv-acme.vault.azure.net/secrets/SmtpPassword/)\n"),
        ("k8s_secretkeyref_env_block", "env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: vendor-creds\n        key: token\n"),
        ("vault_agent_template_path", '{{ with secret "kv/data/app/prod" }}{{ .Data.data.api_key }}{{ end }}\n'),
        ("external_secret_remote_ref", "spec:\n  data:\n    - secretKey: password\n      remoteRef:\n        key: prod/db\n        property: password\n"),
        ("doppler_run_command_reference", "doppler run --project api --config prd -- ./server\n"),
    ],
    "public_identifier": [
        ("google_oauth_client_id_config", '"client_id": "{d12}-{l32}.apps.googleusercontent.com"\n'),
        ("stripe_connected_account_id", "Transfer to acct_{a16} created\n"),
        ("azure_tenant_and_app_ids", "AZURE_TENANT_ID={U}\nAZURE_CLIENT_ID={U}\n"),
        ("twilio_account_sid_log", "Sending SMS via account AC{h32}\n"),
        ("aws_account_arn_role", "arn:aws:iam::{d12}:role/github-actions-deploy\n"),
        ("slack_team_channel_ids", "team_id=T{u10} channel_id=C{u10} user_id=U{u10}\n"),
        ("firebase_project_sender_ids", "projectId: \"acme-mobile-{l4}\"\nmessagingSenderId: \"{d12}\"\nappId: \"1:{d12}:web:{h22}\"\n"),
        ("aws_access_key_id_alone_iam_list", "UserName  AccessKeyId           Status\nci-bot    AKIA{Z16}  Active\n"),
    ],
    "commit_build_identifier": [
        ("git_log_oneline_output", "{h7} Merge pull request #412 from acme/fix-retry\n{h7} Bump lodash from 4.17.20 to 4.17.21\n"),
        ("github_actions_run_metadata", "GITHUB_SHA={h40}\nGITHUB_RUN_ID={d10}\nGITHUB_RUN_NUMBER=812\n"),
        ("docker_buildx_metadata_json", '{"containerimage.digest": "sha256:{h64}", "buildx.build.ref": "builder/builder0/{l25}"}\n'),
        ("go_build_info_vcs_revision", "build\tvcs.revision={h40}\nbuild\tvcs.time=2025-03-10T12:00:00Z\n"),
        ("gradle_build_scan_url", "Publishing build scan...\nhttps://scans.gradle.com/s/{l13}\n"),
        ("android_build_fingerprint", "ro.build.fingerprint=google/husky/husky:14/AP1A.240305.019.A1/{d8}:user/release-keys\n"),
        ("terraform_state_lineage_serial", '{"version": 4, "terraform_version": "1.7.4", "serial": 88, "lineage": "{U}"}\n'),
        ("git_describe_tag_output", "$ git describe --tags --long\nv2.4.0-17-g{h12}\n"),
    ],
}
WRAP = [("pr_comment_quote", "> quoting the config from the PR:\n> ", ""),
        ("slack_thread_paste", "[10:02] devon: is this safe to commit?\n```\n", "```\n[10:03] priya: yes, nothing secret there"),
        ("wiki_code_block", "{code}\n", "{code}\n")]


def records():
    rng = random.Random(SEED)
    out = []
    for cls in sorted(N):
        base = N[cls]
        for i, (cont, tpl) in enumerate(base):
            out.append({"class": cls, "container": cont, "text": spec(rng, tpl), "source": "gen_negatives"})
        for i, (cont, tpl) in enumerate(base[:7]):
            name, pre, post = WRAP[i % 3]
            t = spec(rng, tpl)
            if cls == "documentation_example":
                t = t.replace("\n", "\n# (from the official docs)\n", 1)
            if name == "pr_comment_quote":
                t = t.rstrip("\n").replace("\n", "\n> ") + "\n"
            out.append({"class": cls, "container": cont + "__in_" + name, "text": pre + t + post, "source": "gen_negatives"})
    return out


CLASSES = sorted(N)
