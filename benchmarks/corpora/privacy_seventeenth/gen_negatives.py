"""Hard negatives: 15 classes x 7 base container kinds, each instantiated twice (the second copy wrapped
in a review thread, wiki paste or support-chat quote), plus 16 vendor / RFC documentation values."""
import random
from common import render

SEED = 17006

C = {
'public_key_or_certificate': [
    ('authorized_keys_forced_command', 'command="/usr/local/bin/borg serve --restrict-to-path /srv/backup",restrict «sshpub» backup@«host»\n«sshpub2» «user»@laptop\n'),
    ('sops_yaml_age_recipients', 'creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      «agepub»,\n      «agepub2»\n'),
    ('wireguard_peer_public_keys', '[Peer]\n# «person» phone\nPublicKey = «b64_32»\nAllowedIPs = 10.8.0.7/32\n\n[Peer]\n# office router\nPublicKey = «b64_322»\nEndpoint = «pubip»:51820\nAllowedIPs = 10.8.1.0/24\n'),
    ('tailscale_node_key_status_json', '{"Self": {"ID": "n«upper10»CNTRL", "PublicKey": "nodekey:«hex16»«hex16»«hex16»«hex16»", "HostName": "«host»", "DNSName": "«app».tail«hex8».ts.net.", "OS": "linux"}}\n'),
    ('github_ssh_signing_key_list', '$ gh ssh-key list\nTITLE          ID        KEY                                                                                    TYPE         ADDED\nwork-laptop    «int»  «sshpub»   authentication  about 2 months ago\nsigning        «int2»  «sshpub2»   signing         about 2 months ago\n'),
    ('cosign_public_key_verify', '$ cosign verify --key cosign.pub ghcr.io/«repo»:«ver»\n$ cat cosign.pub\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE«b64_48»\n«alnum32»==\n-----END PUBLIC KEY-----\n'),
    ('nostr_nip05_well_known_json', '{\n  "names": {"«first»": "«hex32»«hex32»"},\n  "relays": {"«hex32»«hex32»": ["wss://relay.«domain»"]}\n}\n'),
],
'publishable_client_key': [
    ('stripe_js_publishable_init', "<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51«alnum32»«alnum32»«alnum20»');\n  const elements = stripe.elements({ appearance: { theme: 'stripe' } });\n</script>\n"),
    ('supabase_publishable_key_client', "import { createClient } from '@supabase/supabase-js'\nexport const supabase = createClient('https://«hex8»«hex12».supabase.co', 'sb_publishable_«alnum20»_«hex8»')\n"),
    ('algolia_search_only_key_snippet', "const client = algoliasearch('«upper10»', '«hex32»'); // search-only API key, safe for the browser\nconst index = client.initIndex('products_prod');\n"),
    ('paddle_js_client_side_token', "Paddle.Initialize({\n  token: 'live_«hex16»«hex8»«hex12»',  // client-side token (Paddle Billing)\n  eventCallback: (e) => console.log(e.name)\n});\n"),
    ('walletconnect_project_id_config', "export const config = createConfig({\n  chains: [mainnet, base],\n  connectors: [walletConnect({ projectId: '«hex32»' })],\n  transports: { [mainnet.id]: http(), [base.id]: http() },\n})\n"),
    ('launchdarkly_client_side_id', "const ldClient = LDClient.initialize('«hex24»', { kind: 'user', key: '«uuid»' });\n// client-side ID, not the SDK key\n"),
    ('mixpanel_project_token_snippet', "mixpanel.init('«hex32»', {track_pageview: true, persistence: 'localStorage'});\n"),
],
'placeholder_or_redacted': [
    ('helm_values_required_placeholders', 'global:\n  imagePullSecrets: []\nupstream:\n  apiKey: ""  # REQUIRED: set via --set upstream.apiKey=<your-key>\n  url: https://api.«domain»\n'),
    ('env_example_angle_placeholders', '# copy to .env and fill in\nSTRIPE_SECRET_KEY=<paste sk_live key here>\nOPENAI_API_KEY=<your-openai-key>\nDATABASE_URL=postgresql://<user>:<password>@localhost:5432/<db>\n'),
    ('ci_log_masked_stars', '«ts» Run ./deploy.sh\n«ts» + export DEPLOY_TOKEN=***\n«ts» + curl -fsS -H \'Authorization: Bearer ***\' https://deploy.«domain»/hooks/«app»\n«ts» {"ok":true,"deploy_id":"«uuid»"}\n'),
    ('vercel_env_ls_encrypted_output', '$ vercel env ls\n name                     value               environments          created\n STRIPE_SECRET_KEY        Encrypted           Production            «num»d ago\n DATABASE_URL             Encrypted           Production, Preview   «num»d ago\n'),
    ('redacted_incident_paste', 'Leaked line (redacted before posting):\n  AWS_SECRET_ACCESS_KEY=[REDACTED:40 chars]\n  GITHUB_TOKEN=ghp_[REDACTED]\nKey was revoked at «time» UTC.\n'),
    ('terraform_variable_sensitive_prompt', 'var.db_password\n  Master password for the RDS instance\n\n  Enter a value: (sensitive value)\n'),
    ('appsettings_template_tokens', '{\n  "ConnectionStrings": {"Default": "Server=#{DbHost}#;Database=#{DbName}#;User Id=#{DbUser}#;Password=#{DbPassword}#"},\n  "Sendgrid": {"ApiKey": "#{SendgridApiKey}#"}\n}\n'),
],
'digest_or_checksum': [
    ('terraform_lock_hcl_hashes', 'provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.«num».0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:«b64_32»",\n    "zh:«sha256»",\n    "zh:«sha2562»",\n  ]\n}\n'),
    ('go_sum_module_hashes', 'github.com/«org»/kit v«ver» h1:«b64_32»\ngithub.com/«org»/kit v«ver»/go.mod h1:«b64_322»\n'),
    ('package_lock_integrity_fields', '"node_modules/left-pad": {\n  "version": "1.3.0",\n  "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n  "integrity": "«sri512»"\n}\n'),
    ('html_script_sri_integrity', '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="«sri»" crossorigin="anonymous"></script>\n'),
    ('lfs_pointer_blob_checkout', 'version https://git-lfs.github.com/spec/v1\noid sha256:«sha256»\nsize «int»\n'),
    ('sha256sums_release_file', '«sha256»  «app»_«ver»_linux_amd64.tar.gz\n«sha2562»  «app»_«ver»_darwin_arm64.tar.gz\n'),
    ('nix_fetchurl_sri_hash', 'src = fetchurl {\n  url = "https://github.com/«repo»/archive/v«ver».tar.gz";\n  hash = "sha256-«b64_32»";\n};\n'),
],
'vcs_or_build_identifier': [
    ('git_log_oneline_graph', '* «short» (HEAD -> «branch», origin/«branch») fix retry loop\n* «short2» bump deps\n*   «short3» Merge pull request #«int» from «repo»/feat\n'),
    ('gh_run_list_output', 'STATUS  TITLE            WORKFLOW  BRANCH  EVENT  ID           ELAPSED  AGE\n✓       bump deps        CI        main    push   «int»«int»  3m12s    about 1 hour ago\n'),
    ('bazel_remote_cache_action_digest', 'INFO: Remote cache hit for //services/«app»:image (action digest «sha256»/«int»)\n'),
    ('docker_buildx_imagetools_inspect', 'Name:      ghcr.io/«repo»:«ver»\nMediaType: application/vnd.oci.image.index.v1+json\nDigest:    sha256:«sha256»\n'),
    ('gitlab_pipeline_ids_api', '[{"id": «int», "iid": «num», "sha": "«sha»", "ref": "«branch»", "status": "success"}]\n'),
    ('argo_rollouts_revision_hash', 'Name:            «app»\nStatus:          ✔ Healthy\nImages:          ghcr.io/«repo»@sha256:«sha256» (stable)\nRevision:        «num»  rollouts-pod-template-hash=«hex8»\n'),
    ('svn_info_revision_uuid', 'Path: .\nURL: https://svn.«domain»/repos/«app»/trunk\nRepository UUID: «uuid»\nRevision: «int»\n'),
],
'opaque_random_identifier': [
    ('mongodb_objectid_export', '{"_id": {"$oid": "«hex24»"}, "orderId": "«ulid»", "customer": {"$oid": "«hex242»"}}\n'),
    ('k8s_object_uid_metadata', 'metadata:\n  name: «pod»\n  namespace: «ns»\n  uid: «uuid»\n  resourceVersion: "«int»"\n'),
    ('azure_subscription_tenant_ids', 'az account show\n{"id": "«uuid»", "tenantId": "«uuid2»", "name": "«org»-prod", "state": "Enabled"}\n'),
    ('segment_anonymous_id_event', '{"type":"track","event":"Checkout Started","anonymousId":"«uuid»","messageId":"ajs-next-«hex32»","timestamp":"«ts»"}\n'),
    ('snowflake_ids_discord_export', 'guild_id=«int»«int»«int» channel_id=«int2»«int»«int» message_id=«int3»«int»«int»\n'),
    ('shortlink_slug_table', 'slug,target,clicks\n«alnum20»,https://«domain»/pricing,«int»\n'),
    ('sqs_message_receipt_handle_log', '«ts» received MessageId=«uuid» ReceiptHandle=AQEB«b64_48»«b64_32» queue=«app»-jobs\n'),
],
'ciphertext_or_sealed_value': [
    ('vault_transit_ciphertext_json', '{"data": {"ciphertext": "vault:v1:«b64_48»«b64_32»", "key_version": 1}}\n'),
    ('hiera_eyaml_pkcs7_value', 'profile::db::password: >\n    ENC[PKCS7,MIIBmQYJKoZIhvcNAQcDoIIBijCCAYYCAQAxggEhMIIBHQIBADAFMAACAQEw«b64_48»«b64_48»]\n'),
    ('rails_credentials_enc_file', '$ cat config/credentials.yml.enc\n«b64_48»«b64_32»--«b64_32»--«b64_32»\n'),
    ('firefox_logins_json_encrypted', '{"nextId":«num»,"logins":[{"id":1,"hostname":"https://«domain»","encryptedUsername":"MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA«b64_32»","encryptedPassword":"MEIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA«b64_48»","encType":1}]}\n'),
    ('windows_dpapi_blob_registry', '"SavedCredential"=hex:01,00,00,00,d0,8c,9d,df,01,15,d1,11,8c,7a,00,c0,4f,c2,97,eb,01,00,00,00,«hex8»\n; DPAPI blob (user scope) exported with reg export\n'),
    ('git_crypt_encrypted_file_hexdump', '$ xxd secrets.env | head -2\n00000000: 0047 4954 4352 5950 5400 «hex8»  .GITCRYPT.' + "" + '....\n00000010: «hex8» «hex8» «hex8» «hex8»  ................\n'),
    ('kubeseal_encrypted_data_field', 'spec:\n  encryptedData:\n    API_KEY: AgB«b64_48»«b64_48»«b64_32»\n'),
],
'base64_non_secret_payload': [
    ('css_woff2_font_data_uri', "@font-face { font-family: 'Inter'; src: url(data:font/woff2;base64,d09GMgABAAAA«b64_48»«b64_32») format('woff2'); }\n"),
    ('png_icon_data_uri_img', '<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ«b64_48»«b64_32»=">\n'),
    ('ui_prefs_cookie_base64_json', 'Set-Cookie: ui_prefs=eyJ0aGVtZSI6ImRhcmsiLCJsYW5nIjoiZW4iLCJzaWRlYmFyIjoiY29sbGFwc2VkIn0=; Path=/; SameSite=Lax\n'),
    ('saml_authnrequest_redirect_param', 'GET /sso/saml?SAMLRequest=fZJNT8MwDIbv%2B«alnum32»«alnum32»%3D&RelayState=«hex16» HTTP/1.1\n'),
    ('configmap_binarydata_field', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: «app»-assets\nbinaryData:\n  favicon.ico: AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAA«b64_48»\n'),
    ('base64_encoded_public_yaml_values', '# base64 of the non-secret values.yaml, as stored by the pipeline\nVALUES_B64=cmVwbGljYUNvdW50OiAzCmltYWdlOgogIHRhZzogc3RhYmxlCg==\n'),
    ('email_mime_inline_attachment', 'Content-Type: image/gif; name="spacer.gif"\nContent-Transfer-Encoding: base64\n\nR0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==\n'),
],
'password_prose_no_value': [
    ('onboarding_wiki_password_policy', 'Passwords must be at least 14 characters. Never share your password by chat or e-mail; use the team vault. IT will never ask for your password.\n'),
    ('support_macro_reset_link', 'Hi «first», we have sent a password reset link to your registered e-mail address. The link expires in 30 minutes. If you did not request it, you can ignore this message.\n'),
    ('postmortem_rotation_summary', 'Impact: a CI token was printed in a job log for 11 minutes. Action: token revoked, new one stored in the vault, log purged. No customer data accessed.\n'),
    ('chat_where_is_wifi_password', '«user»: what\'s the guest wifi password again?\n«user2»: it\'s on the whiteboard next to reception, changes every monday\n'),
    ('commit_message_move_secret_to_vault', 'commit «sha»\nAuthor: «person» <«email»>\n\n    chore: read DB password from Vault instead of settings.py\n\n    The hard-coded value was rotated; nothing to see here.\n'),
    ('phishing_awareness_quiz_question', 'Q3. Which of these is the safest place to keep an API key? (a) in the repo (b) in a sticky note (c) in the secret manager (d) in Slack\n'),
    ('password_manager_import_instructions', 'To migrate, export from the old tool as an encrypted file, import it in the new vault, then delete the export. Do not keep a plain CSV copy.\n'),
],
'secret_store_reference': [
    ('onepassword_secret_reference_env', 'STRIPE_SECRET_KEY="op://Production/Stripe/secret key"\nDATABASE_URL="op://Production/Postgres/connection string"\n'),
    ('github_actions_secrets_expression', '- run: ./deploy.sh\n  env:\n    API_TOKEN: ${{ secrets.API_TOKEN }}\n    NPM_TOKEN: ${{ secrets.NPM_PUBLISH_TOKEN }}\n'),
    ('aws_ecs_secrets_valuefrom', '"secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:«region»:«int»8765432:secret:prod/«app»/db-«alnum20»"}]\n'),
    ('cloud_run_secret_version_env_ref', 'env:\n  - name: API_KEY\n    valueFrom: projects/«org»-prod/secrets/«app»-api-key/versions/latest\n'),
    ('helm_secrets_vals_ref', 'upstream:\n  token: ref+vault://secret/data/«app»#/token\n  password: ref+awssecrets://prod/«app»/password\n'),
    ('k8s_env_secretkeyref', 'env:\n  - name: REDIS_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: «app»-redis\n        key: password\n'),
    ('spring_cloud_vault_placeholder', 'spring.datasource.password=${vault.db.password}\nspring.cloud.vault.uri=https://vault.«domain»:8200\n'),
],
'test_fixture_fake_credential': [
    ('localstack_compose_test_creds', 'services:\n  localstack:\n    image: localstack/localstack:3\n    environment:\n      - AWS_ACCESS_KEY_ID=test\n      - AWS_SECRET_ACCESS_KEY=test\n'),
    ('vcr_cassette_filtered_token', 'http_interactions:\n- request:\n    method: get\n    uri: https://api.github.com/user\n    headers:\n      Authorization:\n      - token <GITHUB_TOKEN>\n'),
    ('jest_mock_fake_api_key', "jest.mock('../client', () => ({ createClient: () => ({ apiKey: 'fake-api-key-for-tests', get: jest.fn() }) }));\n"),
    ('pytest_fixture_dummy_password', '@pytest.fixture\ndef user(db):\n    return User.objects.create_user("alice", "alice@example.test", password="not-a-real-password")\n'),
    ('rspec_stub_not_real_token', 'let(:token) { "test_token_not_real_0000" }\nbefore { allow(Client).to receive(:token).and_return(token) }\n'),
    ('wiremock_mapping_example_key', '{"request": {"method": "GET", "url": "/v1/me", "headers": {"X-Api-Key": {"equalTo": "example-key-123"}}}, "response": {"status": 200}}\n'),
    ('playwright_storage_state_dummy', '{"cookies": [{"name": "session", "value": "dummy-session-for-e2e", "domain": "localhost", "path": "/"}], "origins": []}\n'),
],
'security_config_no_secret': [
    ('sshd_config_hardening_block', 'PermitRootLogin no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nPubkeyAuthentication yes\nAuthenticationMethods publickey\n'),
    ('pam_pwquality_line', 'password requisite pam_pwquality.so retry=3 minlen=14 ucredit=-1 lcredit=-1 dcredit=-1 ocredit=-1\n'),
    ('redis_conf_requirepass_commented', '# requirepass <set in redis-secret.conf>\ninclude /etc/redis/redis-secret.conf\nprotected-mode yes\n'),
    ('keycloak_realm_password_policy', '"passwordPolicy": "length(14) and digits(1) and notUsername(undefined) and passwordHistory(5)"\n'),
    ('mysql_caching_sha2_settings', '[mysqld]\ndefault_authentication_plugin=caching_sha2_password\nvalidate_password.policy=STRONG\n'),
    ('azure_ad_password_protection_doc', 'Banned password list: enforce custom list = Yes; Lockout threshold = 10; Lockout duration = 60 seconds\n'),
    ('oauth_client_auth_method_yaml', 'clients:\n  - id: «app»\n    token_endpoint_auth_method: private_key_jwt\n    jwks_uri: https://«domain»/.well-known/jwks.json\n'),
],
'public_blockchain_data': [
    ('etherscan_tx_receipt_summary', 'Transaction Hash: «txh»\nFrom: «eth»\nTo: «eth2»\nValue: 0.42 ETH\n'),
    ('solana_pubkey_list', 'Wallet: «b58addr»\nToken account: «b58addr2»\n'),
    ('foundry_deploy_broadcast_json', '{"transactions": [{"hash": "«txh»", "contractAddress": "«eth»", "transaction": {"from": "«eth2»"}}]}\n'),
    ('ens_records_text', 'name: «first».eth\naddr(60): «eth»\ncontenthash: ipfs://bafybei«alnum32»\n'),
    ('safe_multisig_owners', 'Safe «eth» owners: «eth2», «eth3» threshold 2/3\n'),
    ('bitcoin_block_hash_log', '«ts» UpdateTip: new best=«hex32»«hex32» height=«int»\n'),
    ('ipfs_cid_pin_list', '$ ipfs pin ls --type=recursive\nbafybei«alnum32»«hex8» recursive\n'),
],
'anti_forgery_or_challenge': [
    ('phoenix_csrf_meta_tag', '<meta name="csrf-token" content="«b64u_32»">\n'),
    ('angular_xsrf_token_cookie', 'Set-Cookie: XSRF-TOKEN=«hex32»; Path=/; Secure; SameSite=Strict\n'),
    ('turnstile_response_field_post', 'POST /signup\ncf-turnstile-response=0.«b64u_32»«b64u_322»\n'),
    ('oidc_pkce_authorize_url', 'https://auth.«domain»/authorize?response_type=code&client_id=«app»-web&code_challenge=«b64u_32»&code_challenge_method=S256&state=«hex16»\n'),
    ('acme_dns01_txt_record', '_acme-challenge.«domain». 300 IN TXT "«b64u_32»"\n'),
    ('email_verification_code_notice', 'Your verification code is 482913. It expires in 10 minutes.\n'),
    ('google_site_verification_meta', '<meta name="google-site-verification" content="«b64u_32»">\n'),
],
'tracing_correlation_header': [
    ('otel_traceparent_tracestate_pair', 'traceparent: 00-«hex32»-«hex16»-01\ntracestate: rojo=«hex16»\n'),
    ('aws_xray_trace_header', 'X-Amzn-Trace-Id: Root=1-«hex8»-«hex24»;Parent=«hex16»;Sampled=1\n'),
    ('cloudflare_cf_ray_header', 'cf-ray: «hex16»-FRA\ncf-cache-status: DYNAMIC\n'),
    ('fly_io_edge_request_id_line', 'fly-request-id: «ulid»-fra\n'),
    ('azure_ms_correlation_headers', 'x-ms-request-id: «uuid»\nx-ms-correlation-request-id: «uuid2»\n'),
    ('envoy_x_request_id_log', '[«ts»] "GET «path» HTTP/1.1" 200 - x-request-id="«uuid»"\n'),
    ('datadog_log_trace_ids', '{"dd.trace_id":"«int»«int»«int»","dd.span_id":"«int2»«int»","message":"ok"}\n'),
],
}

# vendor / RFC documentation values (published examples), each occurs only here
DOCS = [
    ('rfc6750_bearer_example', 'mF_9.B5f-4.1JqM', 'RFC 6750 section 2.1 example request:\n\n     GET /resource HTTP/1.1\n     Host: server.example.com\n     Authorization: Bearer mF_9.B5f-4.1JqM\n'),
    ('rfc6749_access_token_response', '2YotnFZFEjr1zCsicMWpAA', 'RFC 6749 4.1.4 example:\n{\n  "access_token":"2YotnFZFEjr1zCsicMWpAA",\n  "token_type":"example",\n  "expires_in":3600\n}\n'),
    ('rfc5849_oauth1_client_secret', 'kd94hf93k423kf44', 'RFC 5849 1.2 example: client credentials dpf43f3p2l4k3l03 / kd94hf93k423kf44 (photos.example.net)\n'),
    ('twitter_docs_signature_example', 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw', '# values from the "Creating a signature" docs, used as a unit-test vector\nCONSUMER_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"\n'),
    ('telegram_bot_api_docs_token', '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11', 'From the Bot API docs: the token looks something like 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11\n'),
    ('slack_signing_secret_docs_vector', '8f742231b10e8888abcd99yyyzzz85a5', 'const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5"; // Slack "Verifying requests" doc vector\n'),
    ('github_webhook_docs_secret', "It's a Secret to Everybody", "# GitHub docs test vector for X-Hub-Signature-256\nSECRET = \"It's a Secret to Everybody\"\nPAYLOAD = \"Hello, World!\"\n"),
    ('dockerhub_postgres_readme_run', 'mysecretpassword', '$ docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres\n'),
    ('dockerhub_mysql_readme_run', 'my-secret-pw', '$ docker run --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:tag\n'),
    ('dockerhub_wordpress_compose_example', 'examplepass', 'services:\n  wordpress:\n    image: wordpress\n    environment:\n      WORDPRESS_DB_USER: exampleuser\n      WORDPRESS_DB_PASSWORD: examplepass\n'),
    ('redis_conf_requirepass_foobared', 'foobared', '# redis.conf (default, commented)\n# requirepass foobared\n'),
    ('mdn_basic_auth_example', 'YWxhZGRpbjpvcGVuc2VzYW1l', 'MDN example: Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l\n'),
    ('kubernetes_docs_secret_example', 'MWYyZDFlMmU2N2Rm', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: mysecret\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n'),
    ('flask_quickstart_secret_key', '_5#y2L"F4Q8z\\n\\xec]/', '# Flask quickstart: set the secret key to some random bytes. Keep this really secret!\napp.secret_key = b\'_5#y2L"F4Q8z\\n\\xec]/\'\n'),
    ('rfc7636_pkce_verifier_example', 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'RFC 7636 Appendix B: code_verifier = dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk\n'),
    ('pgadmin_container_docs_env', 'SuperSecret', 'docker run -p 80:80 -e PGADMIN_DEFAULT_EMAIL=user@domain.com -e PGADMIN_DEFAULT_PASSWORD=SuperSecret -d dpage/pgadmin4\n'),
]
DOC_VALUES = [d[1] for d in DOCS]

WRAP = [
    ('__in_code_review_thread', lambda t, rng: '> **«user»** commented on `config/%s`:\n> is this ok to commit?\n\n```\n' % rng.choice(['prod.yaml', 'app.env', 'values.yaml', 'README.md']) + t + '```\n\n**«user2»**: yes, nothing sensitive in there.\n'),
    ('__in_wiki_page_paste', lambda t, rng: 'h2. Reference (copied from the runbook)\n\n{code}\n' + t + '{code}\n\n_Last edited by «person»_\n'),
    ('__in_support_chat_quote', lambda t, rng: '[«time»] «user»: customer pasted this, safe to keep in the ticket?\n---\n' + t + '---\n[«time»] «user2»: yes, no credential in it\n'),
]


def build():
    rng = random.Random(SEED)
    recs = []
    wi = 0
    for cls in sorted(C):
        for kind, tpl in C[cls]:
            text, _ = render(tpl, rng, fresh=True)
            recs.append({'class': cls, 'container': kind, 'text': text, 'source': 'gen_negatives'})
            wname, wf = WRAP[wi % 3]; wi += 1
            text2, _ = render(wf(tpl, rng), rng, fresh=True)
            recs.append({'class': cls, 'container': kind + wname, 'text': text2, 'source': 'gen_negatives'})
    for kind, val, txt in DOCS:
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': txt, 'source': 'gen_negatives'})
    return recs


if __name__ == '__main__':
    r = build()
    print(len(r))
    import collections
    print(collections.Counter(x['class'] for x in r))
    for x in r[::31]:
        print(x['container']); print(x['text'])
