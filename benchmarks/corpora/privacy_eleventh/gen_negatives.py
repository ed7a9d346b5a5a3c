"""Hard negatives: nothing secret, but shaped like something that could be.
Fillers: \u00a7kind[:n]\u00a7 drawn fresh per occurrence. Each base template is
instantiated twice; the second copy is wrapped (__in_<wrapper>)."""
import base64
import hashlib
import re
from gen_common import rng, rs, rbytes, b64, b64u, bech32_encode, b58check, jwt, pem, LHEX, B62, B64URL, DIG, LALNUM, UALNUM, B58

N = {
 "publishable_key": [
  ("stripe_js_loadstripe_pk_live", "const stripe = await loadStripe('pk_live_51\u00a7b62:97\u00a7');\n"),
  ("firebase_web_config_apikey", "const firebaseConfig = {\n  apiKey: \"AIzaSy\u00a7b64u:33\u00a7\",\n  authDomain: \"\u00a7proj\u00a7-app.firebaseapp.com\",\n  projectId: \"\u00a7proj\u00a7-app\",\n  appId: \"1:\u00a7dig:12\u00a7:web:\u00a7hex:22\u00a7\"\n};\n"),
  ("supabase_client_anon_key", "export const supabase = createClient(\n  'https://\u00a7low:20\u00a7.supabase.co',\n  '\u00a7anonjwt\u00a7'\n)\n"),
  ("clerk_publishable_key_env", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_\u00a7b64:40\u00a7\n"),
  ("turnstile_widget_sitekey", "<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA\u00a7b64u:14\u00a7\" data-theme=\"light\"></div>\n"),
  ("recaptcha_site_key_script", "<script src=\"https://www.google.com/recaptcha/api.js?render=6L\u00a7b64u:38\u00a7\"></script>\n"),
  ("posthog_init_phc_key", "posthog.init('phc_\u00a7b62:43\u00a7', { api_host: 'https://eu.i.posthog.com' })\n"),
  ("sentry_dsn_browser_init", "Sentry.init({ dsn: \"https://\u00a7hex:32\u00a7@o\u00a7dig:6\u00a7.ingest.de.sentry.io/\u00a7dig:7\u00a7\" });\n"),
 ],
 "public_key_material": [
  ("ssh_authorized_keys_ed25519", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI\u00a7b64:43\u00a7 \u00a7user\u00a7@laptop\n"),
  ("age_recipients_txt", "# ops team\n\u00a7age1\u00a7\n\u00a7age1\u00a7\n"),
  ("nostr_npub_profile", "Follow me on nostr: \u00a7npub\u00a7\n"),
  ("bitcoin_xpub_watch_only", "watch-only wallet descriptor: wpkh([\u00a7hex:8\u00a7/84h/0h/0h]\u00a7xpub\u00a7/0/*)\n"),
  ("wireguard_peer_publickey_block", "[Peer]\n# \u00a7user\u00a7-phone\nPublicKey = \u00a7b64:43\u00a7=\nAllowedIPs = 10.66.0.\u00a7dig:2\u00a7/32\n"),
  ("cosign_pub_pem", "$ cat cosign.pub\n\u00a7pubpem\u00a7\n"),
  ("jwks_json_public_only", "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"\u00a7hex:16\u00a7\",\"use\":\"sig\",\"x\":\"\u00a7b64u:43\u00a7\",\"y\":\"\u00a7b64u:43\u00a7\"}]}\n"),
  ("minisign_public_key_readme", "Verify with:\n\n    minisign -Vm release.tar.gz -P RWQ\u00a7b64:53\u00a7\n"),
 ],
 "documentation_example": [
  ("aws_docs_example_keypair", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"),
  ("jwt_io_sample_token", "Paste a token like\n\neyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n\ninto the debugger to inspect the claims.\n"),
  ("stripe_docs_test_keys", "# from the Stripe quickstart\nSTRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc\nSTRIPE_PUBLISHABLE_KEY=pk_test_TYooMQauvdEDq54NiTphI7jx\n"),
  ("azurite_well_known_account_key", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n"),
  ("rfc7617_basic_auth_example", "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n(RFC 7617, section 2: user-id \"Aladdin\", password \"open sesame\")\n"),
  ("minio_default_credentials_docs", "By default the server starts with the root credentials minioadmin:minioadmin \u2013 change them before exposing the console.\n"),
  ("postgres_image_readme_example", "$ docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres\n"),
  ("openai_docs_curl_placeholder", "curl https://api.openai.com/v1/models \\\n  -H \"Authorization: Bearer $OPENAI_API_KEY\"\n"),
 ],
 "placeholder_template": [
  ("env_example_angle_placeholders", "# copy to .env and fill in\n\u00a7ENV\u00a7=<your-api-key>\nDATABASE_URL=postgres://user:<password>@localhost:5432/app\n"),
  ("helm_values_template_expression", "env:\n  - name: \u00a7ENV\u00a7\n    value: {{ .Values.secrets.apiKey | quote }}\n"),
  ("symfony_env_processor_reference", "parameters:\n    app.api_key: '%env(\u00a7ENV\u00a7)%'\n"),
  ("readme_replace_me_token", "Set `token = \"REPLACE_ME\"` in `config.toml`, then run `./bin/setup`.\n"),
  ("compose_changeme_password", "    environment:\n      POSTGRES_PASSWORD: changeme  # override in docker-compose.override.yml\n"),
  ("mcp_config_placeholder_env", "{\n  \"mcpServers\": { \"\u00a7proj\u00a7\": { \"command\": \"npx\", \"args\": [\"-y\", \"@\u00a7proj\u00a7/mcp\"], \"env\": { \"\u00a7ENV\u00a7\": \"YOUR_KEY_HERE\" } } }\n}\n"),
  ("xxx_masked_prefix_template", "\u00a7ENV\u00a7=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
  ("terraform_variable_no_default", "variable \"admin_password\" {\n  type      = string\n  sensitive = true\n}\n"),
 ],
 "masked_value": [
  ("gh_auth_status_masked_token", "github.com\n  \u2713 Logged in to github.com account \u00a7user\u00a7 (keyring)\n  - Active account: true\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo'\n"),
  ("vercel_env_ls_encrypted", "> Environment Variables found for \u00a7user\u00a7/\u00a7proj\u00a7 [211ms]\n\n name               value               environments        created\n \u00a7ENV\u00a7     Encrypted           Production          41d ago\n"),
  ("dashboard_last4_display", "API keys\n  Production   sk-proj-\u2026\u00a7b62:4\u00a7   created 2025-01-12   last used 3h ago\n"),
  ("ci_log_masked_secret", "Run ./deploy.sh\n  env:\n    \u00a7ENV\u00a7: ***\nDeploying to production...\n"),
  ("redacted_support_ticket", "Customer pasted their key ([REDACTED by Zendesk]) \u2013 asked them to rotate anyway.\n"),
  ("kubectl_describe_secret_bytes", "Name:         \u00a7proj\u00a7-env\nType:  Opaque\n\nData\n====\n\u00a7ENV\u00a7:  51 bytes\nDB_PASSWORD:   24 bytes\n"),
  ("terraform_plan_sensitive_value", "  + resource \"aws_db_instance\" \"main\" {\n      + password = (sensitive value)\n      + username = \"app\"\n    }\n"),
  ("bullet_masked_password_field", "Wi-Fi: \u00a7proj\u00a7-guest   Password: \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022  [Show]\n"),
 ],
 "secret_store_reference": [
  ("op_reference_dotenv", "\u00a7ENV\u00a7=\"op://Engineering/\u00a7proj\u00a7 prod/credential\"\n"),
  ("gha_secrets_context_reference", "      - run: ./release.sh\n        env:\n          \u00a7ENV\u00a7: ${{ secrets.\u00a7ENV\u00a7 }}\n"),
  ("aws_secretsmanager_arn_reference", "DB_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:\u00a7dig:12\u00a7:secret:prod/\u00a7proj\u00a7/db-\u00a7b62:6\u00a7\n"),
  ("k8s_secretkeyref_env", "        env:\n          - name: \u00a7ENV\u00a7\n            valueFrom:\n              secretKeyRef:\n                name: \u00a7proj\u00a7-secrets\n                key: api-key\n"),
  ("vault_agent_template_reference", "{{ with secret \"secret/data/\u00a7proj\u00a7/prod\" }}\n\u00a7ENV\u00a7={{ .Data.data.api_key }}\n{{ end }}\n"),
  ("gcp_secret_manager_uri", "spring.datasource.password=${sm://projects/\u00a7proj\u00a7-prod/secrets/db-password/versions/latest}\n"),
  ("azure_keyvault_reference_appsetting", "@Microsoft.KeyVault(SecretUri=https://kv-\u00a7proj\u00a7.vault.azure.net/secrets/\u00a7low:8\u00a7/)\n"),
  ("doppler_run_command", "doppler run --project \u00a7proj\u00a7 --config prd -- node server.js\n"),
 ],
 "env_var_lookup_code": [
  ("python_os_environ_lookup", "api_key = os.environ[\"\u00a7ENV\u00a7\"]\nclient = Client(api_key=api_key)\n"),
  ("node_process_env_lookup", "const client = new Client({ apiKey: process.env.\u00a7ENV\u00a7 ?? throwMissing('\u00a7ENV\u00a7') });\n"),
  ("rust_env_var_expect", "let key = std::env::var(\"\u00a7ENV\u00a7\").expect(\"\u00a7ENV\u00a7 must be set\");\n"),
  ("go_os_getenv", "token := os.Getenv(\"\u00a7ENV\u00a7\")\nif token == \"\" { log.Fatal(\"missing token\") }\n"),
  ("java_system_getenv", "String key = System.getenv(\"\u00a7ENV\u00a7\");\n"),
  ("ruby_env_fetch", "API_KEY = ENV.fetch(\"\u00a7ENV\u00a7\")\n"),
  ("deno_env_get", "const key = Deno.env.get(\"\u00a7ENV\u00a7\");\n"),
  ("powershell_env_lookup_securestring", "$pw = Read-Host -AsSecureString -Prompt 'Admin password'\n$env:\u00a7ENV\u00a7 | Out-Null\n"),
 ],
 "ciphertext_blob": [
  ("sops_encrypted_yaml_value", "postgres:\n    password: ENC[AES256_GCM,data:\u00a7b64:24\u00a7,iv:\u00a7b64:43\u00a7=,tag:\u00a7b64:22\u00a7==,type:str]\nsops:\n    version: 3.9.4\n"),
  ("ansible_vault_encrypted_file", "$ANSIBLE_VAULT;1.1;AES256\n\u00a7hex:80\u00a7\n\u00a7hex:80\u00a7\n\u00a7hex:80\u00a7\n\u00a7hex:42\u00a7\n"),
  ("sealed_secret_encrypted_data", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    api-key: AgB\u00a7b64:300\u00a7\n"),
  ("age_armored_ciphertext", "-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBH\u00a7b64:20\u00a7\n\u00a7b64:64\u00a7\n-----END AGE ENCRYPTED FILE-----\n"),
  ("pgp_message_block", "-----BEGIN PGP MESSAGE-----\n\nhF4D\u00a7b64:60\u00a7\n\u00a7b64:64\u00a7\n=\u00a7b64:4\u00a7\n-----END PGP MESSAGE-----\n"),
  ("jasypt_enc_property", "spring.datasource.password=ENC(\u00a7b64:44\u00a7)\n"),
  ("rails_credentials_yml_enc", "$ cat config/credentials.yml.enc\n\u00a7b64:120\u00a7--\u00a7b64:16\u00a7--\u00a7b64:22\u00a7==\n"),
  ("kubeseal_raw_output", "$ kubeseal --raw --namespace prod --name db --from-file=db-password.txt\nAgA\u00a7b64:250\u00a7\n"),
 ],
 "hash_checksum": [
  ("sha256sum_release_file", "\u00a7hex:64\u00a7  \u00a7proj\u00a7-1.8.2-linux-amd64.tar.gz\n\u00a7hex:64\u00a7  \u00a7proj\u00a7-1.8.2-darwin-arm64.tar.gz\n"),
  ("go_sum_lines", "github.com/\u00a7user\u00a7/\u00a7proj\u00a7 v1.4.0 h1:\u00a7b64:43\u00a7=\ngithub.com/\u00a7user\u00a7/\u00a7proj\u00a7 v1.4.0/go.mod h1:\u00a7b64:43\u00a7=\n"),
  ("npm_lock_integrity", "\"node_modules/\u00a7proj\u00a7\": {\n  \"version\": \"3.2.1\",\n  \"resolved\": \"https://registry.npmjs.org/\u00a7proj\u00a7/-/\u00a7proj\u00a7-3.2.1.tgz\",\n  \"integrity\": \"sha512-\u00a7b64:86\u00a7==\"\n}\n"),
  ("cargo_lock_checksum", "[[package]]\nname = \"\u00a7proj\u00a7\"\nversion = \"0.9.3\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"\u00a7hex:64\u00a7\"\n"),
  ("pip_requirements_hash", "\u00a7proj\u00a7==2.1.0 \\\n    --hash=sha256:\u00a7hex:64\u00a7\n"),
  ("docker_image_digest_pull", "Digest: sha256:\u00a7hex:64\u00a7\nStatus: Downloaded newer image for ghcr.io/\u00a7user\u00a7/\u00a7proj\u00a7:latest\n"),
  ("sri_script_integrity", "<script src=\"https://cdn.jsdelivr.net/npm/\u00a7proj\u00a7@4/dist/\u00a7proj\u00a7.min.js\" integrity=\"sha384-\u00a7b64:64\u00a7\" crossorigin=\"anonymous\"></script>\n"),
  ("md5sum_iso_listing", "MD5 (debian-12.9.0-amd64-netinst.iso) = \u00a7hex:32\u00a7\n"),
 ],
 "uuid_request_id": [
  ("http_response_request_id_headers", "HTTP/2 429\nx-request-id: \u00a7uuid\u00a7\nx-ratelimit-remaining-requests: 0\nretry-after: 20\n"),
  ("aws_cli_request_id_error", "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied (Request ID: \u00a7UP:16\u00a7, Host ID: \u00a7b64:76\u00a7=)\n"),
  ("otel_trace_span_ids", "trace_id=\u00a7hex:32\u00a7 span_id=\u00a7hex:16\u00a7 level=warn msg=\"upstream timeout\"\n"),
  ("stripe_request_id_log", "Stripe API error: card_declined (request req_\u00a7b62:14\u00a7)\n"),
  ("cloudfront_error_page_id", "Generated by cloudfront (CloudFront)\nRequest ID: \u00a7b64u:56\u00a7==\n"),
  ("azure_correlation_id_error", "Correlation ID: \u00a7uuid\u00a7\nTimestamp: 2025-02-11 21:14:02Z\nAADSTS50076: Due to a configuration change made by your administrator...\n"),
  ("github_delivery_guid_header", "X-GitHub-Delivery: \u00a7uuid\u00a7\nX-GitHub-Event: push\nX-GitHub-Hook-ID: \u00a7dig:9\u00a7\n"),
  ("sentry_event_id_link", "Reported as https://sentry.io/organizations/\u00a7proj\u00a7/issues/?query=\u00a7hex:32\u00a7\n"),
 ],
 "commit_build_identifier": [
  ("git_log_oneline_shas", "\u00a7hex:7\u00a7 fix(auth): refresh token before expiry\n\u00a7hex:7\u00a7 chore(deps): bump \u00a7proj\u00a7 to 2.4.1\n\u00a7hex:7\u00a7 feat: add webhook retries\n"),
  ("git_rev_parse_head", "$ git rev-parse HEAD\n\u00a7hex:40\u00a7\n"),
  ("gha_run_url_ids", "https://github.com/\u00a7user\u00a7/\u00a7proj\u00a7/actions/runs/\u00a7dig:11\u00a7/job/\u00a7dig:11\u00a7\n"),
  ("docker_images_listing_ids", "REPOSITORY        TAG       IMAGE ID       CREATED        SIZE\n\u00a7proj\u00a7-api      latest    \u00a7hex:12\u00a7   2 hours ago    182MB\n"),
  ("nix_store_path", "/nix/store/\u00a7nix32\u00a7-\u00a7proj\u00a7-1.8.2\n"),
  ("bazel_action_cache_key", "INFO: From Action cache key \u00a7hex:64\u00a7/154\n"),
  ("buildkite_build_uuid", "build: \u00a7uuid\u00a7 #\u00a7dig:4\u00a7 passed on agent \u00a7proj\u00a7-ci-\u00a7dig:2\u00a7\n"),
  ("android_build_fingerprint", "ro.build.fingerprint=google/husky/husky:15/AP4A.\u00a7dig:6\u00a7.002/\u00a7dig:8\u00a7:user/release-keys\n"),
 ],
 "base64_image_or_binary": [
  ("css_background_data_uri_png", ".logo { background-image: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA\u00a7b64:120\u00a7==\"); }\n"),
  ("html_img_data_uri_webp", "<img alt=\"avatar\" src=\"data:image/webp;base64,UklGR\u00a7b64:140\u00a7\">\n"),
  ("woff2_font_face_base64", "@font-face { font-family: Inter; src: url(data:font/woff2;base64,d09GMgABAAAAA\u00a7b64:180\u00a7) format('woff2'); }\n"),
  ("svg_favicon_base64", "<link rel=\"icon\" href=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmci\u00a7b64:60\u00a7\">\n"),
  ("protobuf_descriptor_b64", "var fileDescriptor = []byte(\"CgxhcGkvdjEucHJvdG8S\u00a7b64:100\u00a7\")\n"),
  ("ipynb_output_image_png", "\"outputs\": [{\"data\": {\"image/png\": \"iVBORw0KGgoAAAANSUhEUgAAAoAAAAHg\u00a7b64:160\u00a7\\n\"}, \"output_type\": \"display_data\"}]\n"),
  ("email_inline_gif_part", "Content-Type: image/gif; name=\"spacer.gif\"\nContent-Transfer-Encoding: base64\n\nR0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==\n"),
  ("jupyter_widget_state_b64", "\"application/vnd.jupyter.widget-state+json\": {\"state\": {\"\u00a7hex:32\u00a7\": {\"buffers\": [{\"data\": \"AAAA\u00a7b64:80\u00a7\"}]}}}\n"),
 ],
 "password_prose_no_secret": [
  ("chat_dm_key_offer", "[10:02] \u00a7user\u00a7: I'll DM you the staging key, don't paste it in this channel\n"),
  ("onboarding_doc_vault_pointer", "The database password lives in 1Password under Infra \u203a \u00a7proj\u00a7 \u203a Postgres. Never commit it.\n"),
  ("security_handbook_password_rules", "Passwords must be at least 14 characters and contain upper- and lower-case letters, a digit and a symbol. They expire every 180 days.\n"),
  ("reset_password_email", "Someone requested a password reset for your account. If this was you, click the link below within 30 minutes.\n"),
  ("issue_comment_rotated_key", "Rotated the leaked token an hour ago; the old one is revoked. Please pull the new value from the vault.\n"),
  ("commit_message_remove_secret", "chore: remove hard-coded API key from settings.py\n\nThe key now comes from the environment (see README).\n"),
  ("german_chat_password_question", "[08:55] \u00a7user\u00a7: wei\u00dft du das WLAN-Passwort f\u00fcr den Besprechungsraum? Steht nicht auf dem Router.\n"),
  ("japanese_note_password_change", "\u30d1\u30b9\u30ef\u30fc\u30c9\u306f\u6765\u9031\u5909\u66f4\u3055\u308c\u307e\u3059\u3002\u65b0\u3057\u3044\u3082\u306e\u306f\u7ba1\u7406\u8005\u304b\u3089\u76f4\u63a5\u4f1d\u3048\u307e\u3059\u3002\n"),
 ],
 "fake_fixture": [
  ("pytest_fixture_fake_token", "@pytest.fixture\ndef fake_token():\n    return \"ghp_\" + \"0\" * 36  # not a real token, checksum invalid\n"),
  ("jest_mock_api_key", "jest.mock('../client', () => ({ apiKey: 'test-api-key-not-real' }));\n"),
  ("vcr_cassette_filtered_header", "    headers:\n      Authorization:\n      - Bearer <FILTERED>\n"),
  ("testcontainers_default_password", "PostgreSQLContainer<?> db = new PostgreSQLContainer<>(\"postgres:16\").withPassword(\"test\");\n"),
  ("rspec_dummy_secret", "let(:secret) { 'dummy-secret-for-specs' }\n"),
  ("go_test_table_fake_key", "{name: \"missing key\", key: \"\", wantErr: true},\n{name: \"fake key\", key: \"FAKE-KEY-000\", wantErr: true},\n"),
  ("storybook_mock_env", "export const parameters = { env: { \u00a7ENV\u00a7: 'storybook-placeholder' } };\n"),
  ("msw_handler_fake_bearer", "http.get('/api/me', ({ request }) => request.headers.get('authorization') === 'Bearer mock-token' ? HttpResponse.json(user) : new HttpResponse(null, { status: 401 }))\n"),
 ],
 "empty_or_unset_value": [
  ("dotenv_empty_values", "\u00a7ENV\u00a7=\nDB_PASSWORD=\nLOG_LEVEL=info\n"),
  ("yaml_null_password", "smtp:\n  host: smtp.\u00a7host\u00a7\n  user: alerts\n  password: null\n"),
  ("json_empty_string_secret", "{ \"clientId\": \"\u00a7uuid\u00a7\", \"clientSecret\": \"\" }\n"),
  ("cli_prompted_password_flag", "mysql -u root -p -h db.\u00a7host\u00a7  # prompts for the password\n"),
  ("ini_blank_token", "[auth]\ntoken =\nrefresh =\n"),
  ("toml_commented_out_key", "[provider]\n# api_key = \"\"\nmodel = \"large\"\n"),
  ("docker_run_env_passthrough", "docker run --rm -e \u00a7ENV\u00a7 -e AWS_PROFILE \u00a7proj\u00a7:latest\n"),
  ("k8s_secret_empty_stringdata", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: \u00a7proj\u00a7\nstringData: {}\n"),
 ],
 "high_entropy_non_secret": [
  ("webpack_chunk_hashes", "asset main.\u00a7hex:20\u00a7.js 182 KiB [emitted] [immutable] (name: main)\nasset vendors.\u00a7hex:20\u00a7.js 411 KiB [emitted] [immutable]\n"),
  ("csp_header_hashes", "Content-Security-Policy: script-src 'self' 'sha256-\u00a7b64:43\u00a7=' 'sha256-\u00a7b64:43\u00a7='\n"),
  ("ipfs_cid_link", "ipfs://bafybei\u00a7b32l:52\u00a7/index.html\n"),
  ("ethereum_address_donate", "Donations: 0x\u00a7hex:40\u00a7 (ETH / any EVM chain)\n"),
  ("tor_onion_address", "Mirror: http://\u00a7b32l:56\u00a7.onion/\n"),
  ("youtube_video_ids", "playlist: [\"\u00a7b64u:11\u00a7\", \"\u00a7b64u:11\u00a7\", \"\u00a7b64u:11\u00a7\"]\n"),
  ("yubikey_otp_serial_listing", "Device type: YubiKey 5C NFC\nSerial number: \u00a7dig:8\u00a7\nFirmware version: 5.7.1\n"),
  ("random_seed_config", "training:\n  seed: \u00a7dig:10\u00a7\n  run_id: \u00a7low:8\u00a7\n  wandb_group: sweep-\u00a7hex:6\u00a7\n"),
 ],
 "signature_not_secret": [
  ("stripe_signature_header", "Stripe-Signature: t=1739308442,v1=\u00a7hex:64\u00a7,v0=\u00a7hex:64\u00a7\n"),
  ("github_hub_signature_header", "X-Hub-Signature-256: sha256=\u00a7hex:64\u00a7\n"),
  ("slack_request_signature", "X-Slack-Request-Timestamp: 1739308442\nX-Slack-Signature: v0=\u00a7hex:64\u00a7\n"),
  ("svix_signature_headers", "svix-id: msg_\u00a7b62:27\u00a7\nsvix-timestamp: 1739308442\nsvix-signature: v1,\u00a7b64:43\u00a7=\n"),
  ("s3_presigned_url_docs_key", "https://\u00a7proj\u00a7-exports.s3.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20250211%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20250211T211402Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=\u00a7hex:64\u00a7\n"),
  ("dkim_signature_header", "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=\u00a7host\u00a7; s=default; h=from:to:subject:date; bh=\u00a7b64:43\u00a7=; b=\u00a7b64:340\u00a7\n"),
  ("git_commit_ssh_signature", "-----BEGIN SSH SIGNATURE-----\nU1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAg\u00a7b64:60\u00a7\n\u00a7b64:70\u00a7\n-----END SSH SIGNATURE-----\n"),
  ("jws_detached_payload_signature", "x-jws-signature: eyJhbGciOiJFUzI1NiIsImtpZCI6IjEifQ..\u00a7b64u:86\u00a7\n"),
 ],
}

WRAP = [("in_markdown_fence", "```\n%s```\n"), ("in_code_review_thread", "> reviewer: is this safe to commit?\n\n%s\nyes, nothing sensitive here.\n"),
        ("in_assistant_question", "User: does this leak anything?\n\n%s\n")]
ENVS = ["NVIDIA_API_KEY", "XATA_API_KEY", "TRIGGER_SECRET_KEY", "MAILERSEND_API_KEY", "CHECKLY_API_KEY", "POLAR_ACCESS_TOKEN", "E2B_API_KEY"]
B32L = "abcdefghijklmnopqrstuvwxyz234567"
NIX32 = "0123456789abcdfghijklmnpqrsvwxyz"


def _filler(r, m, fixed):
    k = m.group(1)
    if k in fixed:
        return fixed[k]
    kind, _, n = k.partition(":")
    n = int(n) if n else 0
    if kind == "b62": return rs(r, B62, n)
    if kind == "b64": return rs(r, B62 + "+/", n)
    if kind == "b64u": return rs(r, B64URL, n)
    if kind == "hex": return rs(r, LHEX, n)
    if kind == "dig": return rs(r, DIG, n)
    if kind == "low": return rs(r, "abcdefghijklmnopqrstuvwxyz", n)
    if kind == "UP": return rs(r, UALNUM, n)
    if kind == "b32l": return rs(r, B32L, n)
    if kind == "nix32": return rs(r, NIX32, 32)
    if kind == "uuid":
        h = rs(r, LHEX, 32)
        return "-".join([h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:]])
    if kind == "user": return r.choice(["mkowalski", "ainoh", "tbrennan", "okwu", "lschmid"])
    if kind == "proj": return r.choice(["atlas", "pelican", "quasar", "ripple", "cinder"])
    if kind == "host": return r.choice(["kestrel.dev", "nordwind.io", "orbitlab.io"])
    if kind == "ENV": return r.choice(ENVS)
    if kind == "age1": return bech32_encode("age", rbytes(r, 32))
    if kind == "npub": return bech32_encode("npub", rbytes(r, 32))
    if kind == "xpub":
        return b58check(bytes.fromhex("0488b21e") + bytes([3]) + rbytes(r, 8) + rbytes(r, 32) + bytes([2 + r.randrange(2)]) + rbytes(r, 32))
    if kind == "pubpem":
        spki = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rbytes(r, 64)
        return pem("PUBLIC KEY", spki)
    if kind == "anonjwt":
        return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(r, "abcdefghijklmnopqrstuvwxyz", 20), "role": "anon", "iat": 1735689600, "exp": 2051265600}, 32)
    raise KeyError(k)


def build(seed=6600):
    r = rng(seed)
    recs = []
    for cls in N:
        for i, (kind, tmpl) in enumerate(N[cls]):
            for rep in range(2 if i < 7 else 1):
                fixed = {"ENV": r.choice(ENVS), "proj": r.choice(["atlas", "pelican", "quasar", "ripple", "cinder"]),
                         "user": r.choice(["mkowalski", "ainoh", "tbrennan", "okwu", "lschmid"]), "host": r.choice(["kestrel.dev", "nordwind.io", "orbitlab.io"])}
                text = re.sub("\u00a7([A-Za-z0-9]+(?::\\d+)?)\u00a7", lambda m: _filler(r, m, fixed), tmpl)
                cont = kind
                if rep == 1:
                    wn, wt = WRAP[(i + len(cls)) % len(WRAP)]
                    text = wt % text
                    cont = kind + "__" + wn
                recs.append({"class": cls, "container": cont, "text": text, "source": "gen_negatives"})
    return recs
