"""Hard negatives: 15 classes x 15 records (8 base containers each; the second instance of the first 7 is wrapped)."""
import base64
import hashlib
import json

from gen_common import G, B62

SRC = "gen_negatives"

NEG = {
    "public_key_material": [
        ("minisign_pub_file_cat", lambda g: "$ cat minisign.pub\nuntrusted comment: minisign public key %s\nRWQ%s\n" % (g.HEX(16), base64.b64encode(g.raw(39)).decode()[:53])),
        ("signify_pub_in_readme", lambda g: "Verify releases with:\n\n    signify -V -p acme-77.pub -m SHA256.sig\n\nacme-77.pub:\nuntrusted comment: signify public key\nRWS%s\n" % base64.b64encode(g.raw(39)).decode()[:53]),
        ("wireguard_peer_publickey_only", lambda g: "[Peer]\n# laptop\nPublicKey = %s\nAllowedIPs = 10.8.0.%d/32\n" % (base64.b64encode(g.raw(32)).decode(), g.r.randrange(2, 250))),
        ("ssh_authorized_keys_line", lambda g: "ssh-ed25519 %s ops@laptop\n" % base64.b64encode(b"\0\0\0\x0bssh-ed25519\0\0\0 " + g.raw(32)).decode()),
        ("tor_hostname_file_cat", lambda g: "$ cat /var/lib/tor/hs/hostname\n%s.onion\n" % base64.b32encode(g.raw(35)).decode().lower()),
        ("jwks_json_public_only", lambda g: json.dumps({"keys": [{"kty": "EC", "crv": "P-256", "kid": g.hex(8), "x": g.b64bytes(32, True, False), "y": g.b64bytes(32, True, False), "use": "sig"}]}) + "\n"),
        ("dnskey_rr_public", lambda g: "acme.lan. 3600 IN DNSKEY 257 3 13 %s\n" % base64.b64encode(g.raw(64)).decode()),
        ("vapid_public_key_frontend", lambda g: "const applicationServerKey = '%s'; // VAPID public key\n" % base64.urlsafe_b64encode(b"\x04" + g.raw(64)).decode().rstrip("=")),
    ],
    "publishable_key": [
        ("stripe_js_publishable_init", lambda g: "const stripe = Stripe('pk_live_%s');\n" % g.b62(99)),
        ("algolia_search_only_key_frontend", lambda g: "const client = algoliasearch('%s', '%s'); // search-only\n" % (g.uan(10), g.hex(32))),
        ("mapbox_public_token_pk", lambda g: "mapboxgl.accessToken = 'pk.%s.%s';\n" % (base64.urlsafe_b64encode(json.dumps({"u": "acme", "a": g.lan(25)}).encode()).decode().rstrip("="), g.b64u(22))),
        ("posthog_project_key_snippet", lambda g: "posthog.init('phc_%s', {api_host: 'https://eu.i.posthog.com'})\n" % g.b62(43)),
        ("sentry_dsn_frontend", lambda g: "Sentry.init({ dsn: 'https://%s@o%s.ingest.sentry.io/%s' });\n" % (g.hex(32), g.digits(6), g.digits(7))),
        ("walletconnect_project_id", lambda g: "NEXT_PUBLIC_WC_PROJECT_ID=%s\n" % g.hex(32)),
        ("paypal_client_id_sdk_script", lambda g: "<script src=\"https://www.paypal.com/sdk/js?client-id=A%s&currency=EUR\"></script>\n" % g.b64u(79)),
        ("plausible_data_domain_tag", lambda g: "<script defer data-domain=\"acme.dev\" data-api=\"/p/%s\" src=\"/js/script.js\"></script>\n" % g.lan(12)),
    ],
    "documentation_example": [
        ("aws_docs_example_keys", lambda g: "aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"),
        ("jwt_io_example_token", lambda g: "Example from jwt.io:\neyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n"),
        ("rfc7617_basic_example", lambda g: "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==   (RFC 7617 example, Aladdin:open sesame)\n"),
        ("azurite_well_known_key", lambda g: "# Azurite emulator default account\nAccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==\n"),
        ("minio_default_credentials_doc", lambda g: "By default MinIO starts with `minioadmin` / `minioadmin`; change MINIO_ROOT_PASSWORD before exposing it.\n"),
        ("postgres_image_docs_example", lambda g: "docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres\n"),
        ("kubeadm_docs_token_format", lambda g: "The token must match the format `[a-z0-9]{6}.[a-z0-9]{16}`, e.g. `abcdef.0123456789abcdef`.\n"),
        ("openssh_manpage_excerpt", lambda g: "-N new_passphrase\n        Provides the new passphrase.\n-P passphrase\n        Provides the (old) passphrase.\n"),
    ],
    "placeholder_template": [
        ("dotenv_example_file", lambda g: "# .env.example\nTOGETHER_API_KEY=your-together-api-key-here\nRENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
        ("helm_values_changeme", lambda g: "auth:\n  adminPassword: CHANGEME\n  apiToken: \"<insert token>\"\n"),
        ("jinja_template_secret_var", lambda g: "api_key = \"{{ vault_api_key }}\"\npassword = \"{{ lookup('env', 'DB_PASS') }}\"\n"),
        ("terraform_variable_no_default", lambda g: "variable \"shippo_api_key\" {\n  type      = string\n  sensitive = true\n}\n"),
        ("readme_setup_angle_placeholder", lambda g: "Run `cal login --api-key <YOUR_CAL_API_KEY>` and then `cal sync`.\n"),
        ("github_issue_template_redact_hint", lambda g: "### Config\n```\nSONARR__AUTH__APIKEY=<redacted>\n```\n"),
        ("openapi_security_example_value", lambda g: "components:\n  securitySchemes:\n    ApiKey:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n      x-example: YOUR_API_KEY\n"),
        ("docker_compose_env_interpolation", lambda g: "environment:\n  PGADMIN_DEFAULT_PASSWORD: ${PGADMIN_PASSWORD:?set me}\n  TUNNEL_TOKEN: ${TUNNEL_TOKEN}\n"),
    ],
    "masked_value": [
        ("render_dashboard_masked_env", lambda g: "RENDER_API_KEY  rnd_••••••••••••••••%s  [Reveal]\n" % g.b62(4)),
        ("github_actions_log_masked", lambda g: "2025-03-11T09:12:44.1204402Z   VERCEL_TOKEN: ***\n2025-03-11T09:12:44.1204910Z   DOPPLER_TOKEN: ***\n"),
        ("kubectl_describe_secret_bytes", lambda g: "Data\n====\ntoken:      %d bytes\nca.crt:     1099 bytes\n" % g.r.randrange(800, 1000)),
        ("terraform_plan_sensitive_value", lambda g: "  + resource \"github_actions_secret\" \"tok\" {\n      + plaintext_value = (sensitive value)\n      + secret_name     = \"NPM_TOKEN\"\n    }\n"),
        ("stripe_dashboard_last4", lambda g: "Secret key  sk_live_...%s   Created Mar 11\n" % g.b62(4)),
        ("onepassword_cli_concealed", lambda g: "password:    [use 'op item get %s --reveal' to reveal]\n" % g.lan(26)),
        ("heroku_config_redacted_output", lambda g: "=== api-prod Config Vars\nDATABASE_URL: postgres://u:[REDACTED]@ec2-1-2-3-4.compute-1.amazonaws.com:5432/d\n"),
        ("pulumi_config_secret_output", lambda g: "KEY                VALUE\nacme:apiToken      [secret]\naws:region         eu-west-1\n"),
    ],
    "hash_checksum": [
        ("sha256sums_file", lambda g: "%s  acme-cli_1.4.2_linux_amd64.tar.gz\n%s  acme-cli_1.4.2_darwin_arm64.tar.gz\n" % (g.hex(64), g.hex(64))),
        ("npm_lockfile_integrity", lambda g: "\"integrity\": \"sha512-%s\"\n" % base64.b64encode(g.raw(64)).decode()),
        ("go_sum_line", lambda g: "github.com/acme/sync v1.4.2 h1:%s\n" % base64.b64encode(g.raw(32)).decode()),
        ("docker_image_digest_pull", lambda g: "Digest: sha256:%s\nStatus: Downloaded newer image for acme/api:1.4.2\n" % g.hex(64)),
        ("cargo_lock_checksum", lambda g: "[[package]]\nname = \"serde\"\nversion = \"1.0.219\"\nchecksum = \"%s\"\n" % g.hex(64)),
        ("git_lfs_pointer_file", lambda g: "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (g.hex(64), g.r.randrange(10 ** 5, 10 ** 8))),
        ("nix_narhash_flake_lock", lambda g: "\"narHash\": \"sha256-%s\",\n" % base64.b64encode(g.raw(32)).decode()),
        ("md5sum_iso_output", lambda g: "$ md5sum debian-12.9.0-amd64-netinst.iso\n%s  debian-12.9.0-amd64-netinst.iso\n" % g.hex(32)),
    ],
    "uuid_request_id": [
        ("aws_request_id_log", lambda g: "END RequestId: %s\nREPORT RequestId: %s Duration: 12.4 ms\n" % ((g.uuid(),) * 2)),
        ("traceparent_header", lambda g: "traceparent: 00-%s-%s-01\n" % (g.hex(32), g.hex(16))),
        ("stripe_request_id_error", lambda g: "Request req_%s: No such customer\n" % g.b62(14)),
        ("cloudflare_ray_id_page", lambda g: "Cloudflare Ray ID: %s • Performance & security by Cloudflare\n" % g.hex(16)),
        ("github_delivery_guid_header", lambda g: "X-GitHub-Delivery: %s\nX-GitHub-Event: push\n" % g.uuid()),
        ("ulid_primary_key_sql", lambda g: "INSERT INTO orders (id, total) VALUES ('01J%s', 4200);\n" % g.uan(23).replace("I", "J").replace("L", "K").replace("O", "P").replace("U", "V")),
        ("k8s_uid_metadata", lambda g: "metadata:\n  name: api-7d9f\n  uid: %s\n  resourceVersion: \"%s\"\n" % (g.uuid(), g.digits(8))),
        ("sentry_event_id_link", lambda g: "See https://acme.sentry.io/issues/?query=%s\n" % g.hex(32)),
    ],
    "commit_build_identifier": [
        ("git_log_oneline", lambda g: "%s fix: retry on 429\n%s feat: add sync\n" % (g.hex(7), g.hex(7))),
        ("ci_build_url_sha", lambda g: "Build #%d for commit %s passed\n" % (g.r.randrange(100, 9999), g.hex(40))),
        ("docker_build_cache_id", lambda g: "#7 [build 3/6] RUN npm ci\n#7 CACHED sha256:%s\n" % g.hex(64)),
        ("vercel_deployment_id", lambda g: "Deployment dpl_%s ready: https://api-%s-acme.vercel.app\n" % (g.b62(28), g.lan(9))),
        ("gradle_build_scan_url", lambda g: "Publishing build scan...\nhttps://gradle.com/s/%s\n" % g.lan(13)),
        ("android_version_code_fingerprint", lambda g: "Build fingerprint: 'google/husky/husky:15/AP4A.250205.002/%s:user/release-keys'\n" % g.digits(8)),
        ("terraform_state_serial_lineage", lambda g: "\"serial\": %d,\n\"lineage\": \"%s\",\n" % (g.r.randrange(1, 900), g.uuid())),
        ("nix_store_path", lambda g: "/nix/store/%s-python3-3.12.8\n" % "".join(g.choice("0123456789abcdfghijklmnpqrsvwxyz") for _ in range(32))),
    ],
    "ciphertext_blob": [
        ("sops_encrypted_json_value", lambda g: "{\"api_key\": \"ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\"}\n" % (g.b64bytes(30), g.b64bytes(32), g.b64bytes(16))),
        ("ansible_vault_inline", lambda g: "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  %s\n  %s\n" % (g.hex(80), g.hex(80))),
        ("sealed_secret_encrypteddata", lambda g: "spec:\n  encryptedData:\n    token: Ag%s\n" % g.b64bytes(300)),
        ("age_armored_file", lambda g: "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % g.b64bytes(48)),
        ("laravel_encrypted_env_file", lambda g: "$ cat .env.encrypted\n%s\n" % base64.b64encode(json.dumps({"iv": g.b64bytes(16), "value": g.b64bytes(96), "mac": g.hex(64)}).encode()).decode()),
        ("rails_credentials_enc_cat", lambda g: "$ cat config/credentials.yml.enc\n%s--%s--%s\n" % (g.b64bytes(120), g.b64bytes(12), g.b64bytes(16))),
        ("ethereum_keystore_v3_json", lambda g: json.dumps({"crypto": {"cipher": "aes-128-ctr", "ciphertext": g.hex(64), "cipherparams": {"iv": g.hex(32)}, "kdf": "scrypt", "kdfparams": {"dklen": 32, "n": 262144, "p": 1, "r": 8, "salt": g.hex(64)}, "mac": g.hex(64)}, "version": 3}) + "\n"),
        ("jasypt_enc_property", lambda g: "spring.datasource.password=ENC(%s)\n" % g.b64bytes(48)),
    ],
    "secret_store_reference": [
        ("bws_secret_get_id_ref", lambda g: "$ bws secret get %s --output env\n" % g.uuid()),
        ("infisical_run_command", lambda g: "infisical run --env=prod --path=/api -- npm start\n"),
        ("azure_keyvault_reference_appsetting", lambda g: "\"ApiToken\": \"@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/api-token/%s)\"\n" % g.hex(32)),
        ("gcp_secret_manager_env_ref", lambda g: "env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: api-token\n        key: latest\n"),
        ("doppler_run_wrapper", lambda g: "doppler run --project api --config prd -- ./start.sh\n"),
        ("vault_agent_template_ref", lambda g: "{{ with secret \"kv/data/api\" }}{{ .Data.data.token }}{{ end }}\n"),
        ("aws_ssm_parameter_arn", lambda g: "arn:aws:ssm:eu-west-1:%s:parameter/api/together_api_key\n" % g.digits(12)),
        ("github_env_secret_expression", lambda g: "env:\n  CAL_API_KEY: ${{ secrets.CAL_API_KEY }}\n  RENDER_API_KEY: ${{ secrets.RENDER_API_KEY }}\n"),
    ],
    "env_var_lookup_code": [
        ("go_os_getenv", lambda g: "token := os.Getenv(\"TOGETHER_API_KEY\")\nif token == \"\" { log.Fatal(\"missing key\") }\n"),
        ("rust_std_env_var", lambda g: "let key = std::env::var(\"SHIPPO_API_KEY\").expect(\"SHIPPO_API_KEY not set\");\n"),
        ("python_os_environ_get", lambda g: "api_key = os.environ.get(\"DEEPGRAM_API_KEY\")\n"),
        ("java_system_getenv", lambda g: "String secret = System.getenv(\"PLAID_SECRET\");\n"),
        ("csharp_configuration_index", lambda g: "var key = builder.Configuration[\"Api:SONARR__AUTH__APIKEY\"];\n"),
        ("elixir_system_fetch_env", lambda g: "config :api, token: System.fetch_env!(\"MATRIX_ACCESS_TOKEN\")\n"),
        ("php_getenv_call", lambda g: "$key = getenv('BRAINTREE_PRIVATE_KEY') ?: throw new RuntimeException('no key');\n"),
        ("swift_processinfo_environment", lambda g: "let key = ProcessInfo.processInfo.environment[\"LIVEKIT_API_SECRET\"] ?? \"\"\n"),
    ],
    "high_entropy_non_secret": [
        ("css_source_map_mappings", lambda g: "{\"version\":3,\"mappings\":\"%s\"}\n" % g.s(B62 + ";,", 120)),
        ("webpack_chunk_hash_names", lambda g: "main.%s.js  vendor.%s.js  runtime.%s.js\n" % (g.hex(20), g.hex(20), g.hex(20))),
        ("youtube_video_ids_list", lambda g: "\n".join("https://youtu.be/" + g.b64u(11) for _ in range(3)) + "\n"),
        ("pgp_fingerprint_line", lambda g: "Key fingerprint = %s\n" % " ".join(g.HEX(4) for _ in range(10))),
        ("csp_nonce_attribute", lambda g: "<script nonce=\"%s\">init()</script>\n" % g.b64bytes(16)),
        ("dna_sequence_fasta", lambda g: ">seq1\n%s\n" % g.s("ACGT", 120)),
        ("google_fonts_css_hash_url", lambda g: "src: url(https://fonts.gstatic.com/s/inter/v13/%s.woff2)\n" % g.b64u(40)),
        ("bitcoin_address_donation", lambda g: "Donations: bc1q%s\n" % "".join(g.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(38))),
    ],
    "password_prose_no_secret": [
        ("security_policy_paragraph", lambda g: "Passwords must be at least 14 characters and are rotated every 90 days. Never share your password over chat.\n"),
        ("chat_forgot_password", lambda g: "I forgot my Wi-Fi password again, can you reset the router? The sticker on the back is faded.\n"),
        ("issue_comment_token_expired", lambda g: "The API token expired yesterday, which is why the sync job started failing with 401. I've asked ops for a new one.\n"),
        ("runbook_rotate_steps", lambda g: "1. Generate a new key in the vendor console.\n2. Store it in Vault under kv/api.\n3. Revoke the old key.\n"),
        ("password_reset_email", lambda g: "Hi Anna, someone requested a password reset for your account. If this was you, click the link below within 30 minutes.\n"),
        ("commit_message_remove_secret", lambda g: "chore: remove hardcoded key from config, read from env instead\n"),
        ("faq_where_is_api_key", lambda g: "Q: Where do I find my API key?\nA: Settings → Developer → API keys. Keys are shown only once.\n"),
        ("standup_note_credentials", lambda g: "- waiting on credentials from the vendor\n- password manager migration 60% done\n"),
    ],
    "fake_fixture": [
        ("pytest_fixture_fake_token", lambda g: "@pytest.fixture\ndef fake_token():\n    return \"test-token-not-real\"\n"),
        ("jest_mock_api_key", lambda g: "jest.mock('./client', () => ({ apiKey: 'dummy-key-for-tests' }));\n"),
        ("vcr_cassette_filtered", lambda g: "request:\n  headers:\n    Authorization:\n    - <FILTERED>\n"),
        ("go_test_table_fake", lambda g: "{name: \"empty token\", token: \"\", wantErr: true},\n{name: \"bad token\", token: \"not-a-token\", wantErr: true},\n"),
        ("factory_bot_password_sequence", lambda g: "factory :user do\n  password { \"password123\" }  # test only\nend\n"),
        ("msw_handler_fake_bearer", lambda g: "http.get('/api/me', ({ request }) => request.headers.get('Authorization') === 'Bearer test' ? ok() : unauthorized())\n"),
        ("localstack_test_credentials", lambda g: "AWS_ACCESS_KEY_ID=test\nAWS_SECRET_ACCESS_KEY=test\nAWS_ENDPOINT_URL=http://localhost:4566\n"),
        ("storybook_args_placeholder_key", lambda g: "export const Default = { args: { apiKey: 'storybook-demo' } };\n"),
    ],
    "empty_or_unset_value": [
        ("dotenv_empty_values", lambda g: "TURSO_AUTH_TOKEN=\nCONVEX_DEPLOY_KEY=\nLOG_LEVEL=debug\n"),
        ("yaml_null_secret", lambda g: "auth:\n  token: null\n  password: ~\n"),
        ("json_empty_string_key", lambda g: "{\"apiKey\": \"\", \"region\": \"eu\"}\n"),
        ("ini_commented_out_password", lambda g: "[smtp]\nhost = mail.acme.lan\n;password =\n"),
        ("shell_unset_token", lambda g: "unset TWITCH_OAUTH GITLAB_FEED_TOKEN\n"),
        ("toml_empty_secret", lambda g: "[secrets]\nlivekit_api_secret = \"\"\n"),
        ("xml_empty_password_element", lambda g: "<server><id>acme</id><username>deploy</username><password/></server>\n"),
        ("k8s_secret_empty_data", lambda g: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata: {}\n"),
    ],
}

WRAP = [("__in_markdown_quote", "> ", ""), ("__in_review_thread_reply", "Reviewer: is this OK to commit?\n\n", "\n\nAuthor: yes, nothing sensitive."),
        ("__in_llm_question", "User: Is there any secret in this snippet?\n\n", "")]


def build():
    g = G(12006)
    recs = []
    for cls in sorted(NEG):
        items = NEG[cls]
        for kind, fn in items:
            recs.append({"class": cls, "container": kind, "text": fn(g), "source": SRC})
        for i, (kind, fn) in enumerate(items[:7]):
            w, pre, post = WRAP[i % 3]
            t = fn(g)
            if w == "__in_markdown_quote":
                t = "".join("> " + ln + "\n" for ln in t.rstrip("\n").split("\n"))
                pre = ""
            recs.append({"class": cls, "container": kind + w, "text": pre + t + post, "source": SRC})
    return recs


if __name__ == "__main__":
    rs = build()
    print(len(rs), len(NEG))
