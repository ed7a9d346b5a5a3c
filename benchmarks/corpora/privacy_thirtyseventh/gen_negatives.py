"""Hard negatives: credential look-alikes that are not secrets."""
import hashlib, hmac, json, random
from common import *

K = {
 'public_key_or_certificate': {
  'ssh_ed25519_authorized_keys_line': lambda r: "# deploy key (public half) for acme/web\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(r, 43) + " deploy@ci-" + hexl(r, 6),
  'jwks_json_public_ec_key': lambda r: json.dumps({"keys": [{"kty": "EC", "crv": "P-256", "use": "sig", "kid": hexl(r, 16), "x": b64u(r, 43), "y": b64u(r, 43)}]})},
 'publishable_client_key': {
  'stripe_js_publishable_key_init': lambda r: "// browser bundle — publishable key is meant to be public\nconst stripe = Stripe('pk_live_51" + b62(r, 97) + "');",
  'recaptcha_site_key_html_attr': lambda r: "<div class=\"g-recaptcha\" data-sitekey=\"6Lc" + b64u(r, 37) + "\"></div>"},
 'digest_or_checksum': {
  'subresource_integrity_script_tag': lambda r: "<script src=\"https://cdn.web.example/app." + hexl(r, 8) + ".js\" integrity=\"sha384-" + b64(r, 64) + "\" crossorigin=\"anonymous\"></script>",
  'npm_lockfile_integrity_field': lambda r: "\"node_modules/left-pad\": {\n  \"version\": \"1.3.0\",\n  \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\",\n  \"integrity\": \"sha512-" + b64(r, 86) + "==\"\n}"},
 'commit_or_build_identifier': {
  'git_log_full_sha_listing': lambda r: "\n".join("commit " + hexl(r, 40) + "\nAuthor: dev <dev@web.example>\n    " + m for m in ["fix: cache busting", "chore: bump deps"]),
  'ci_build_metadata_json': lambda r: json.dumps({"buildId": b62(r, 21), "commit": hexl(r, 40), "pipeline": int(digits(r, 6)), "runner": "linux-" + hexl(r, 8)})},
 'uuid_or_request_identifier': {
  'http_response_request_id_headers': lambda r: "HTTP/2 200\nx-request-id: " + uuid4(r) + "\ncf-ray: " + hexl(r, 16) + "-FRA\nx-amz-cf-id: " + b64u(r, 54) + "==",
  'ulid_event_log_lines': lambda r: "\n".join("evt=" + rs(r, '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26) + " type=deploy.finished status=ok" for _ in range(3))},
 'signature_value': {
  'github_webhook_signature_header': lambda r: "POST /hooks/github HTTP/1.1\nX-GitHub-Delivery: " + uuid4(r) + "\nX-Hub-Signature-256: sha256=" + hexl(r, 64),
  'stripe_signature_header_delivery': lambda r: "Stripe-Signature: t=1714621" + digits(r, 3) + ",v1=" + hexl(r, 64) + ",v0=" + hexl(r, 64)},
 'nonce_or_iv': {
  'csp_header_script_nonce': lambda r: "Content-Security-Policy: default-src 'self'; script-src 'nonce-" + b64(r, 22) + "==' 'strict-dynamic'",
  'aes_gcm_iv_tag_metadata': lambda r: "{\"alg\": \"A256GCM\", \"iv\": \"" + hexl(r, 24) + "\", \"tag\": \"" + hexl(r, 32) + "\", \"note\": \"per-message IV, not secret\"}"},
 'test_fixture_fake_credential': {
  'jest_mock_env_fake_token': lambda r: "beforeEach(() => {\n  process.env.API_TOKEN = 'fake-token-for-unit-tests';\n  process.env.DB_PASSWORD = 'not-a-real-password';\n});",
  'factory_dummy_user_password': lambda r: "# spec/factories/users.rb — dummy data only\nfactory :user do\n  email { \"user" + digits(r, 3) + "@example.test\" }\n  password { \"dummy-password-for-specs\" }\nend"},
 'placeholder_or_redacted': {
  'env_example_your_key_here': lambda r: "# .env.example\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nGITHUB_TOKEN=<your-github-token>\nDB_PASSWORD=changeme",
  'readme_curl_placeholder_token': lambda r: "curl -H \"Authorization: Bearer $API_TOKEN\" https://api.web.example/v1/builds   # replace $API_TOKEN with yours"},
 'secret_store_reference': {
  'k8s_secretkeyref_env_entry': lambda r: "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: web-db-" + hexl(r, 5) + "\n        key: password",
  'github_actions_secrets_expression': lambda r: "- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n    SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}"},
 'ciphertext_or_sealed_value': {
  'sealed_secret_encrypteddata_yaml': lambda r: "kind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB" + b64(r, 300) + "==",
  'age_armored_ciphertext_block': lambda r: "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(b64(r, 64) for _ in range(3)) + "\n-----END AGE ENCRYPTED FILE-----"},
 'masked_partial_value': {
  'dashboard_token_list_last4': lambda r: "NAME          TOKEN                 LAST USED\nci-publish    npm_••••••••" + b62(r, 4) + "      2 days ago\ndeploy        ghp_••••••••" + b62(r, 4) + "      today",
  'ci_log_triple_star_mask': lambda r: "+ curl -H 'Authorization: Bearer ***' https://api.web.example/v1/deploys\n+ export DB_PASSWORD=***\nrun " + digits(r, 7) + " finished"},
 'cache_key_or_content_hash': {
  'github_actions_cache_key_log': lambda r: "Cache restored from key: Linux-node-modules-" + hexl(r, 64) + "\nCache Size: ~" + str(r.randint(20, 400)) + " MB",
  'webpack_contenthash_asset_manifest': lambda r: json.dumps({"main.js": "/static/js/main." + hexl(r, 20) + ".js", "vendor.js": "/static/js/vendor." + hexl(r, 20) + ".js", "etag": "W/\"" + hexl(r, 32) + "\""})},
 'opaque_random_identifier': {
  'stripe_object_ids_ledger': lambda r: "cus_" + b62(r, 14) + ",pi_3" + b62(r, 23) + ",succeeded,4200,eur",
  'firestore_document_id_path': lambda r: "projects/acme-web/databases/(default)/documents/orders/" + b62(r, 20)},
 'password_hash_not_plaintext': {
  'bcrypt_hash_users_fixture': lambda r: "INSERT INTO users (email, password_hash) VALUES ('qa@web.example', '$2b$12$" + rs(r, B62 + './', 53) + "');",
  'argon2id_hash_db_row': lambda r: "id=" + digits(r, 4) + " pw=$argon2id$v=19$m=65536,t=3,p=4$" + b64(r, 22) + "$" + b64(r, 43)},
 'code_identifier_lookalike': {
  'typescript_secret_env_interface': lambda r: "interface Env {\n  STRIPE_SECRET_KEY: string;\n  GITHUB_WEBHOOK_SECRET: string;\n  DATABASE_PASSWORD_FILE: string;\n}",
  'python_settings_getenv_calls': lambda r: "AWS_SECRET_ACCESS_KEY = os.getenv(\"AWS_SECRET_ACCESS_KEY\")\nSECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\nget_secret_value(SecretId=\"prod/web/db\")"},
 'base64_non_secret_payload': {
  'graphql_relay_global_id': lambda r: "{\"data\": {\"node\": {\"id\": \"" + base64.b64encode(("User:" + digits(r, 6)).encode()).decode() + "\", \"__typename\": \"User\"}}}",
  'data_uri_svg_icon_css': lambda r: ".icon-ok{background:url(data:image/svg+xml;base64," + base64.b64encode(("<svg xmlns='http://www.w3.org/2000/svg' width='" + str(r.randint(8, 64)) + "'/>").encode()).decode() + ")}"},
 'version_or_build_string': {
  'go_mod_pseudo_version_require': lambda r: "require (\n\tgithub.com/acme/sdk v0.0.0-20240502" + digits(r, 6) + "-" + hexl(r, 12) + "\n)",
  'semver_build_metadata_changelog': lambda r: "## 4.13.0+build." + digits(r, 8) + "." + hexl(r, 7) + "\n- faster cold starts"},
 'url_or_anchor_lookalike': {
  'youtube_embed_iframe_src': lambda r: "<iframe src=\"https://www.youtube-nocookie.com/embed/" + b64u(r, 11) + "?si=" + b64u(r, 16) + "\"></iframe>",
  'npm_tarball_registry_url': lambda r: "https://registry.npmjs.org/@acme/ui/-/ui-" + str(r.randint(1, 9)) + ".0.0.tgz#" + hexl(r, 40)},
 'password_prose_no_value': {
  'security_review_rotation_note': lambda r: "Security review #" + digits(r, 3) + ": the staging deploy password was rotated after the laptop loss; the new one is in the vault, not in this ticket.",
  'onboarding_password_policy_doc': lambda r: "Passwords for CI service accounts must be at least 20 characters, stored only in the secret manager and rotated every 90 days."},
}
import base64  # noqa: E402 (used in lambdas above)

WRAP = {
 '': lambda t, r: t,
 '__in_pr_review_thread': lambda t, r: "@kai commented on src/config.ts line " + str(r.randint(5, 300)) + ":\n```\n" + t + "\n```\nnit: fine to keep, nothing sensitive here.",
 '__in_ci_annotation_log': lambda t, r: "\n".join("##[debug] " + l for l in t.split("\n")),
 '__in_sentry_breadcrumb_json': lambda t, r: json.dumps({"category": "console", "level": "info", "message": t}, ensure_ascii=False),
 '__in_incident_channel_paste': lambda t, r: "[14:0" + str(r.randint(0, 9)) + "] dana: pasting what I see:\n" + t,
 '__in_runbook_markdown_table': lambda t, r: "| field | value |\n|---|---|\n| snippet | `" + t.replace("\n", "<br>") + "` |",
}


def docs():
    h = hmac.new(b'\x0b' * 20, b'Hi There', hashlib.sha256).hexdigest()
    assert h == 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'
    return [
     ('aws_docs_example_key_pair_quote', "From the AWS CLI docs (example values): aws_access_key_id = AKIAIOSFODNN7EXAMPLE, aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
     ('stripe_docs_test_mode_key', "Stripe's docs use the test-mode key sk_test_4eC39HqLyjWDarjtT1zdp7dc in every curl sample; it only works in test mode."),
     ('hardhat_default_account_zero_key', "Hardhat local node, Account #0 (publicly known, never use on mainnet): private key 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
     ('azurite_devstoreaccount1_well_known_key', "Azurite emulator well-known account: AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="),
     ('rfc4231_hmac_sha256_case1_vector', "RFC 4231 test case 1: key = 0x0b repeated 20 times, data = \"Hi There\", HMAC-SHA-256 = " + h),
     ('jwt_io_default_hs256_secret_doc', "The jwt.io debugger's default HS256 example is signed with the secret your-256-bit-secret."),
    ]


DOC_VALUES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
              'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
              'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
              'your-256-bit-secret']


def generate():
    r = random.Random(37006)
    recs = []
    for cls in sorted(K):
        for kind in sorted(K[cls]):
            for w in sorted(WRAP):
                text = WRAP[w](K[cls][kind](r), r)
                recs.append(dict(**{'class': cls}, container=kind + w, text=text, source='negative'))
    for kind, text in docs():
        recs.append(dict(**{'class': 'vendor_documentation_value'}, container=kind, text=text, source='negative'))
    return recs
