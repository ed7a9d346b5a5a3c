"""Hard negatives: 15 classes x 5 base kinds x 3 copies (plain + two wrappers) + documentation values."""
import random, base64, hashlib, json
from common import gen, SRC
import gen_crypto

SEED = 19006


def b64(g, n):
    return base64.b64encode(bytes(g.getrandbits(8) for _ in range(n))).decode()


def b64u(g, n):
    return base64.urlsafe_b64encode(bytes(g.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def hx(g, n):
    return gen("h%d" % n, g)


def sshpub(g, who):
    seed = bytes(g.getrandbits(8) for _ in range(32))
    pub = gen_crypto.ed25519_public(seed)
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + pub
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + who


N = {}
def n(cls, kind):
    def deco(f):
        N[(cls, kind)] = f; return f
    return deco

A = "anti_forgery_or_challenge"
n(A, "aspnet_request_verification_token_form")(lambda g: "<form method=\"post\" action=\"/Account/Login\">\n  <input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"CfDJ8%s\" />\n</form>\n" % b64u(g, 90))
n(A, "laravel_csrf_meta_tag")(lambda g: "<meta name=\"csrf-token\" content=\"%s\">\n<script>window.axios.defaults.headers.common['X-CSRF-TOKEN'] = document.querySelector('meta[name=csrf-token]').content;</script>\n" % gen("a40", g))
n(A, "hcaptcha_response_form_post")(lambda g: "POST /signup HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nemail=a%%40b.example&h-captcha-response=P1_eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.%s.%s\n" % (b64u(g, 180), b64u(g, 32)))
n(A, "oauth_state_nonce_authorize_redirect")(lambda g: "302 Location: https://login.example.com/authorize?response_type=code&client_id=web-portal&redirect_uri=https%%3A%%2F%%2Fapp.example%%2Fcb&state=%s&nonce=%s&scope=openid%%20profile\n" % (b64u(g, 24), b64u(g, 24)))
n(A, "webauthn_registration_challenge_json")(lambda g: "{\"publicKey\": {\"challenge\": \"%s\", \"rp\": {\"name\": \"Acme\", \"id\": \"acme.example\"}, \"user\": {\"id\": \"%s\", \"name\": \"ana\"}, \"pubKeyCredParams\": [{\"type\": \"public-key\", \"alg\": -7}]}}\n" % (b64u(g, 32), b64u(g, 16)))

B = "base64_non_secret_payload"
n(B, "css_svg_background_data_uri")(lambda g: ".icon-check { background-image: url(\"data:image/svg+xml;base64,%s\"); }\n" % base64.b64encode(('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M2 8l4 4 8-8" stroke="#%s" fill="none"/></svg>' % hx(g, 6)).encode()).decode())
n(B, "graphql_connection_node_ids_response")(lambda g: "{\"data\": {\"node\": {\"id\": \"%s\", \"friends\": {\"edges\": [{\"node\": {\"id\": \"%s\"}}]}}}}\n" % (base64.b64encode(("User:%d" % g.randint(10000, 99999)).encode()).decode(), base64.b64encode(("User:%d" % g.randint(10000, 99999)).encode()).decode()))
n(B, "pagination_cursor_base64_json")(lambda g: "GET /api/v3/orders?limit=50&cursor=%s\n" % base64.b64encode(json.dumps({"created_at": "2026-02-%02dT10:00:00Z" % g.randint(1, 28), "id": g.randint(10 ** 6, 10 ** 7), "dir": "next"}).encode()).decode())
n(B, "inline_source_map_comment")(lambda g: "console.log(\"ready\");\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,%s\n" % base64.b64encode(json.dumps({"version": 3, "sources": ["src/index.ts"], "names": [], "mappings": "AAAA,OAAO,CAAC,GAAG,CAAC,OAAO,CAAC,CAAC;" + gen("w6", g)}).encode()).decode())
n(B, "protobuf_debug_base64_log_field")(lambda g: "level=debug msg=\"outgoing event\" topic=orders.v1 payload_b64=%s\n" % base64.b64encode(("\x08%s\x12\x07CREATED\x1a\x03EUR" % chr(g.randint(1, 120))).encode()).decode())

C = "ciphertext_or_sealed_value"
n(C, "age_armored_encrypted_file")(lambda g: "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % "\n".join(b64(g, 48) for _ in range(4)))
n(C, "dotenvx_encrypted_env_value")(lambda g: "#/---[DOTENV_PUBLIC_KEY]---/\nDOTENV_PUBLIC_KEY=\"03%s\"\nDATABASE_PASSWORD=\"encrypted:%s\"\n" % (hx(g, 64), b64(g, 90)))
n(C, "aws_kms_encrypt_ciphertext_blob")(lambda g: "$ aws kms encrypt --key-id alias/app --plaintext fileb://db.txt --output text --query CiphertextBlob\nAQICAHh%s\n" % b64(g, 150)[:200])
n(C, "ejson_encrypted_secret_value")(lambda g: "{\n  \"_public_key\": \"%s\",\n  \"stripe_key\": \"EJ[1:%s:%s:%s]\"\n}\n" % (hx(g, 64), b64(g, 32), b64(g, 24), b64(g, 60)))
n(C, "openssl_enc_salted_base64_output")(lambda g: "$ openssl enc -aes-256-cbc -pbkdf2 -a -in notes.txt\nU2FsdGVkX1%s\n" % b64(g, 72))

D = "digest_or_checksum"
n(D, "pip_requirements_hash_lock")(lambda g: "urllib3==2.2.3 \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n" % (hx(g, 64), hx(g, 64)))
n(D, "docker_content_digest_response_header")(lambda g: "HTTP/1.1 200 OK\nContent-Type: application/vnd.oci.image.index.v1+json\nDocker-Content-Digest: sha256:%s\nEtag: \"sha256:%s\"\n" % ((lambda h: (h, h))(hx(g, 64))))
n(D, "maven_sha512_checksum_file")(lambda g: "$ cat commons-text-1.12.0.jar.sha512\n%s\n" % hx(g, 128))
n(D, "yarn_berry_lock_checksum")(lambda g: "\"lodash@npm:^4.17.21\":\n  version: 4.17.21\n  resolution: \"lodash@npm:4.17.21\"\n  checksum: 10c0/%s\n  languageName: node\n" % hx(g, 128))
n(D, "sha1sum_check_output")(lambda g: "$ sha1sum -c SHA1SUMS\n%s  debian-12.9.0-amd64-netinst.iso: OK\n" % hx(g, 40))

O = "opaque_random_identifier"
n(O, "stripe_webhook_event_ids_log")(lambda g: "2026-03-02T10:11:12Z webhook received id=evt_%s type=invoice.paid request=req_%s livemode=true\n" % (gen("a24", g), gen("a14", g)))
n(O, "lambda_report_request_id")(lambda g: "REPORT RequestId: %s\tDuration: 112.41 ms\tBilled Duration: 113 ms\tMemory Size: 512 MB\n" % gen("u", g))
n(O, "ulid_order_ids_csv")(lambda g: "order_id,status,total\n01J%s,shipped,42.10\n01J%s,pending,9.99\n" % (gen("U23", g), gen("U23", g)))
n(O, "nanoid_share_link_table")(lambda g: "| slug | target | clicks |\n|---|---|---|\n| %s | /docs/onboarding | 412 |\n| %s | /pricing | 88 |\n" % (gen("b21", g), gen("b21", g)))
n(O, "gcp_long_running_operation_names")(lambda g: "name: projects/acme-prod/locations/europe-west1/operations/operation-%d-%s-%s-%s\ndone: true\n" % (g.randint(1.7e12, 1.8e12), hx(g, 13), hx(g, 8), hx(g, 8)))

P = "password_prose_no_value"
n(P, "standup_notes_password_rotated")(lambda g: "Standup %02d.03: rotated the reporting DB password after the offboarding, new value is only in the vault, nobody needs to do anything unless their local .env pins it.\n" % g.randint(1, 28))
n(P, "helpdesk_macro_password_reset_steps")(lambda g: "Macro #%d – Password reset\n1. Verify the caller's employee ID.\n2. Send the self-service reset link; never read a password out over the phone.\n3. Close the ticket once the user confirms they can log in.\n" % g.randint(10, 99))
n(P, "security_training_slide_text")(lambda g: "Slide %d: A strong passphrase is long, unique per site and stored in a password manager. Never reuse your work password anywhere else.\n" % g.randint(3, 30))
n(P, "release_notes_password_field_fix")(lambda g: "v%d.%d.%d – Fixed: the password field on the login page no longer keeps its value after a failed attempt; the 'show password' toggle is now keyboard accessible.\n" % (g.randint(1, 9), g.randint(0, 20), g.randint(0, 9)))
n(P, "user_manual_change_password_section")(lambda g: "4.%d Changing your password\nOpen Settings > Account > Security, enter your current password, then the new password twice. Passwords must have at least %d characters.\n" % (g.randint(1, 9), g.choice([10, 12, 14])))

H = "placeholder_or_redacted"
n(H, "tfvars_example_placeholders")(lambda g: "# terraform.tfvars.example\ndb_password     = \"REPLACE_ME\"\napi_token       = \"<your-api-token>\"\nregion          = \"eu-central-%d\"\n" % g.randint(1, 2))
n(H, "k8s_secret_stringdata_changeme")(lambda g: "apiVersion: v1\nkind: Secret\nmetadata: { name: app-%s }\nstringData:\n  DB_PASSWORD: changeme\n  API_KEY: CHANGE-ME-BEFORE-DEPLOY\n" % gen("w5", g))
n(H, "log_scrubber_redacted_output")(lambda g: "%s INFO connecting to postgres://app:[REDACTED]@db:5432/app\n%s INFO auth header Authorization: Bearer ********\n" % ("2026-03-%02dT08:00:00Z" % g.randint(1, 28), "2026-03-%02dT08:00:01Z" % g.randint(1, 28)))
n(H, "openapi_spec_example_key_x_filled")(lambda g: "components:\n  securitySchemes:\n    ApiKeyAuth: { type: apiKey, in: header, name: X-API-Key }\n  examples:\n    key: { value: \"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\" }\n# spec rev %d\n" % g.randint(1, 99))
n(H, "readme_env_table_placeholders")(lambda g: "| Variable | Example |\n|---|---|\n| `OPENAI_API_KEY` | `your-openai-key-here` |\n| `SLACK_BOT_TOKEN` | `xoxb-your-token` |\n| `PORT` | `%d` |\n" % g.choice([3000, 8080, 5173]))

Q = "public_blockchain_data"
n(Q, "verified_contract_addresses_readme")(lambda g: "## Deployments\n| network | contract | address |\n|---|---|---|\n| mainnet | Vault | 0x%s |\n| base | Router | 0x%s |\n" % (hx(g, 40), hx(g, 40)))
n(Q, "bitcoin_bech32_invoice_address")(lambda g: "Invoice #%d – please pay 0.0042 BTC to bc1q%s\n" % (g.randint(1000, 9999), gen("l38", g).replace("b", "q").replace("i", "p").replace("o", "z").replace("1", "3")))
n(Q, "evm_event_log_topics_json")(lambda g: "{\"address\": \"0x%s\", \"topics\": [\"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef\", \"0x000000000000000000000000%s\"], \"blockNumber\": %d}\n" % (hx(g, 40), hx(g, 40), g.randint(19000000, 21000000)))
n(Q, "cosmos_validator_operator_address")(lambda g: "validator: cosmosvaloper1%s\ncommission: 0.05\nstatus: BOND_STATUS_BONDED\n" % gen("l38", g).replace("b", "q").replace("i", "p").replace("o", "z").replace("1", "3"))
n(Q, "lightning_node_uri_pubkey")(lambda g: "Connect to our node: 02%s@ln.acme.example:9735\n" % hx(g, 64))

K = "public_key_or_certificate"
n(K, "authorized_keys_ed25519_team_list")(lambda g: "# team keys, synced by ansible\n%s\n%s\n" % (sshpub(g, "ana@laptop"), sshpub(g, "ci@runner")))
n(K, "minisign_pub_file_release_page")(lambda g: "untrusted comment: minisign public key %s\nRWQ%s\n" % (hx(g, 16).upper(), b64(g, 39)[:53]))
n(K, "gpg_public_key_fingerprint_list")(lambda g: "pub   ed25519 2025-01-10 [SC]\n      %s\nuid           [ultimate] Release Signing <release@acme.example>\n" % hx(g, 40).upper())
n(K, "jwks_json_public_rsa_key")(lambda g: "{\"keys\": [{\"kty\": \"RSA\", \"use\": \"sig\", \"kid\": \"%s\", \"alg\": \"RS256\", \"e\": \"AQAB\", \"n\": \"%s\"}]}\n" % (hx(g, 16), b64u(g, 256)))
n(K, "hpkp_style_pin_sha256_list")(lambda g: "# certificate pins for the mobile app\npin-sha256=\"%s\"\npin-sha256=\"%s\"\n" % (b64(g, 32), b64(g, 32)))

U = "publishable_client_key"
n(U, "firebase_web_app_config_snippet")(lambda g: "const firebaseConfig = {\n  apiKey: \"AIzaSy%s\",\n  authDomain: \"acme-%s.firebaseapp.com\",\n  projectId: \"acme-%s\",\n  appId: \"1:%d:web:%s\"\n};\n" % ((lambda p: (gen("b33", g), p, p, g.randint(10 ** 11, 10 ** 12), hx(g, 22)))(gen("w5", g))))
n(U, "recaptcha_site_key_widget")(lambda g: "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n" % gen("b38", g))
n(U, "posthog_project_key_snippet")(lambda g: "posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' })\n" % gen("a43", g))
n(U, "clerk_publishable_key_env")(lambda g: "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_%s\n" % base64.b64encode(("clerk.%s.example$" % gen("w6", g)).encode()).decode().rstrip("="))
n(U, "mapbox_public_token_map_init")(lambda g: "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6Ij%s';\n" % gen("b40", g))

R = "secret_store_reference"
n(R, "azure_keyvault_reference_app_setting")(lambda g: "DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/db-password/%s)\n" % (gen("w6", g), hx(g, 32)))
n(R, "gcp_secret_manager_version_path")(lambda g: "env:\n- name: API_KEY\n  valueFrom: projects/%d/secrets/api-key/versions/%d\n" % (g.randint(10 ** 11, 10 ** 12), g.randint(1, 9)))
n(R, "vault_agent_hcl_template_block")(lambda g: "template {\n  contents = <<EOT\n{{ with secret \"kv/data/app/%s\" }}DB_PASSWORD={{ .Data.data.password }}{{ end }}\nEOT\n  destination = \"/run/secrets/app.env\"\n}\n" % gen("w5", g))
n(R, "external_secrets_remote_ref_yaml")(lambda g: "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }\n  data:\n  - secretKey: token\n    remoteRef: { key: prod/app-%s/token }\n" % gen("w4", g))
n(R, "cloudformation_ssm_secure_dynamic_ref")(lambda g: "MasterUserPassword: '{{resolve:ssm-secure:/prod/rds/master-password:%d}}'\n" % g.randint(1, 12))

S_ = "security_config_no_secret"
n(S_, "nginx_ssl_protocols_ciphers_block")(lambda g: "ssl_protocols TLSv1.2 TLSv1.3;\nssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256;\nssl_session_timeout %dm;\n" % g.choice([5, 10, 30]))
n(S_, "fail2ban_jail_local_sshd")(lambda g: "[sshd]\nenabled = true\nmaxretry = %d\nbantime = 1h\nfindtime = 10m\n" % g.randint(3, 6))
n(S_, "pg_hba_scram_auth_lines")(lambda g: "hostssl all all 10.%d.0.0/16 scram-sha-256\nlocal   all postgres peer\n" % g.randint(0, 255))
n(S_, "aws_iam_account_password_policy_json")(lambda g: "{\"PasswordPolicy\": {\"MinimumPasswordLength\": %d, \"RequireSymbols\": true, \"MaxPasswordAge\": 90, \"PasswordReusePrevention\": 24}}\n" % g.choice([14, 16]))
n(S_, "sudoers_dropin_nopasswd_rule")(lambda g: "# /etc/sudoers.d/deploy\ndeploy ALL=(root) NOPASSWD: /usr/bin/systemctl restart app-%s\n" % gen("w4", g))

T = "test_fixture_fake_credential"
n(T, "vitest_stub_env_fake_token")(lambda g: "beforeEach(() => {\n  vi.stubEnv('API_TOKEN', 'test-token-%d');\n});\n" % g.randint(1, 999))
n(T, "factory_bot_user_password_factory")(lambda g: "factory :user do\n  email { \"user%d@example.com\" }\n  password { \"password123\" }\nend\n" % g.randint(1, 99))
n(T, "go_table_test_dummy_secret")(lambda g: "tests := []struct{ name, secret string }{\n\t{\"empty\", \"\"},\n\t{\"dummy\", \"dummy-secret-%d\"},\n}\n" % g.randint(1, 99))
n(T, "testcontainers_postgres_with_password")(lambda g: "PostgreSQLContainer<?> pg = new PostgreSQLContainer<>(\"postgres:16\")\n    .withUsername(\"test\").withPassword(\"test\").withDatabaseName(\"it_%s\");\n" % gen("w4", g))
n(T, "msw_handler_fake_jwt")(lambda g: "http.post('/api/login', () => HttpResponse.json({ token: 'fake-jwt-token-for-tests', user: { id: %d } }))\n" % g.randint(1, 99))

X = "tracing_correlation_header"
n(X, "grpc_metadata_request_id_dump")(lambda g: "Response headers received:\ncontent-type: application/grpc\nx-request-id: %s\ngrpc-status: 0\n" % gen("u", g))
n(X, "alb_access_log_amzn_trace_id")(lambda g: "h2 2026-03-04T10:00:%02d.123Z app/prod-alb/%s 10.0.1.7:51234 10.0.3.9:8080 0.001 0.012 0.000 200 200 \"GET https://api.acme.example/health HTTP/2.0\" \"Root=1-%s-%s\"\n" % (g.randint(0, 59), hx(g, 16), hx(g, 8), hx(g, 24)))
n(X, "newrelic_distributed_trace_header")(lambda g: "newrelic: %s\n" % base64.b64encode(json.dumps({"v": [0, 1], "d": {"ty": "App", "ac": str(g.randint(10 ** 6, 10 ** 7)), "ap": str(g.randint(10 ** 8, 10 ** 9)), "tr": hx(g, 32), "id": hx(g, 16), "sa": True, "ti": g.randint(1.7e12, 1.8e12)}}).encode()).decode())
n(X, "sentry_trace_baggage_headers")(lambda g: "sentry-trace: %s-%s-1\nbaggage: sentry-trace_id=%s,sentry-environment=production,sentry-release=web%%40%d.%d.0\n" % ((lambda t: (t, hx(g, 16), t, g.randint(1, 9), g.randint(0, 30)))(hx(g, 32))))
n(X, "b3_single_header_log_line")(lambda g: "INFO [api,%s,%s] GET /orders 200\nb3: %s-%s-1\n" % ((lambda a, b: (a, b, a, b))(hx(g, 32), hx(g, 16))))

V = "vcs_or_build_identifier"
n(V, "git_describe_build_version_banner")(lambda g: "acme-agent v%d.%d.%d-%d-g%s (built %s)\n" % (g.randint(1, 4), g.randint(0, 20), g.randint(0, 9), g.randint(1, 90), hx(g, 12), "2026-03-01"))
n(V, "github_actions_context_env_dump")(lambda g: "GITHUB_SHA=%s\nGITHUB_RUN_ID=%d\nGITHUB_RUN_ATTEMPT=1\nGITHUB_REF=refs/heads/main\n" % (hx(g, 40), g.randint(10 ** 10, 10 ** 11)))
n(V, "bazel_invocation_id_summary")(lambda g: "INFO: Streaming build results to: https://bb.acme.example/invocation/%s\nINFO: Build completed successfully, %d total actions\n" % (gen("u", g), g.randint(100, 9999)))
n(V, "nix_store_paths_listing")(lambda g: "/nix/store/%s-openssl-3.3.2\n/nix/store/%s-python3-3.12.7\n" % (gen("l32", g), gen("l32", g)))
n(V, "gerrit_change_id_trailer")(lambda g: "Fix flaky retry in uploader\n\nChange-Id: I%s\nSigned-off-by: Ana Lima <ana@acme.example>\n" % hx(g, 40))

WRAP = [("", lambda t, g: t),
        ("__in_jira_ticket_comment", lambda t, g: "PLAT-%d comment by Ole Hansen:\n{code}\n%s{code}\n" % (g.randint(100, 9999), t)),
        ("__in_teams_thread_reply", lambda t, g: "[%02d:%02d] Maya Cohen: is this safe to leave in the repo?\n%s[%02d:%02d] Tariq Aziz: yes, nothing secret there\n" % (g.randint(8, 18), g.randint(0, 59), t, g.randint(8, 18), g.randint(0, 59)))]

# vendor documentation values (published on purpose): (kind, text)
DOCS = [
 ("stripe_docs_test_secret_key_snippet", "const stripe = require('stripe')('sk_test_4eC39HqLyjWDarjtT1zdp7dc'); // key from the Stripe API reference examples\n", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
 ("azurite_well_known_account_key", "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="),
 ("minio_play_server_public_credentials", "mc alias set play https://play.min.io Q3AM3UQ867SPQQA43P2F zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG\n# public playground credentials from the MinIO docs\n", "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG"),
 ("ganache_deterministic_mnemonic", "ganache --wallet.deterministic  # uses: myth like bonus scare over problem client lizard pioneer submit female collect\n", "myth like bonus scare over problem client lizard pioneer submit female collect"),
 ("bip39_all_abandon_test_mnemonic", "TEST_MNEMONIC=\"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\"  # BIP-39 test vector\n", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"),
 ("rfc6749_client_credentials_example", "POST /token HTTP/1.1\nHost: server.example.com\nAuthorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW\n\ngrant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA&redirect_uri=https%3A%2F%2Fclient%2Eexample%2Ecom%2Fcb\n", "SplxlOBeZQQYbYS6WxSbIA"),
 ("rfc6749_refresh_token_example", "{\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",\"token_type\":\"example\",\"expires_in\":3600,\"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\"}  (RFC 6749 section 5.1)\n", "tGzv3JOkF0XG5Qx2TlKWIA"),
 ("rfc7617_basic_auth_example", "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==   ; RFC 7617 example, user Aladdin / password \"open sesame\"\n", "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="),
 ("rfc2617_digest_mufasa_example", "Example from RFC 2617 section 3.5: username \"Mufasa\", password \"Circle Of Life\", realm \"testrealm@host.com\".\n", "Circle Of Life"),
 ("rfc5802_scram_pencil_example", "RFC 5802 section 5 example exchange: user \"user\", password \"pencil\", C: n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL\n", "fyko+d2lbbFgONRv9qkxdawL"),
 ("rfc6238_totp_test_seed", "otpauth://totp/Example:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example  # RFC 6238 test seed \"12345678901234567890\"\n", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
 ("dynamodb_local_fake_credentials", "AWS_ACCESS_KEY_ID=fakeMyKeyId AWS_SECRET_ACCESS_KEY=fakeSecretAccessKey aws dynamodb list-tables --endpoint-url http://localhost:8000\n", "fakeSecretAccessKey"),
 ("plaid_sandbox_test_user", "In Sandbox, log in with username user_good and password pass_good (Plaid docs, test credentials).\n", "pass_good"),
 ("mongo_image_docs_compose_example", "services:\n  mongo:\n    image: mongo\n    environment:\n      MONGO_INITDB_ROOT_USERNAME: root\n      MONGO_INITDB_ROOT_PASSWORD: example\n", "MONGO_INITDB_ROOT_PASSWORD: example"),
 ("rabbitmq_guest_default_docs", "By default RabbitMQ creates a user guest with password guest that can only connect from localhost.\n", "password guest"),
]


def build():
    rng = random.Random(SEED)
    recs = []
    for (cls, kind) in sorted(N):
        for suffix, wrap in WRAP:
            recs.append(dict(cls=cls, container=kind + suffix, text=wrap(N[(cls, kind)](rng), rng), source=SRC % "gen_negatives"))
    for kind, text, _ in DOCS:
        recs.append(dict(cls="vendor_documentation_value", container=kind, text=text, source=SRC % "gen_negatives, documentation value"))
    return recs


DOC_VALUES = [d[2] for d in DOCS]
