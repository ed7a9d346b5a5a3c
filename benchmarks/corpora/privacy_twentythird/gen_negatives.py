"""Hard negatives: 75 new base kinds (5 per class for 15 classes) x (plain + 2 new wrappers) + documentation values."""
import base64, hashlib, hmac, json, random, zlib
from common import (pick, alnum, hexs, digits, uuid4, rbytes, b64, fillers, jwt_like, b58check, bech32_encode,
                    B64U, ALNUM, LOWER_ALNUM, B58)

SEED = 23006


def sha(rng, algo="sha256"):
    return hashlib.new(algo, rbytes(rng, 32)).hexdigest()


def wrap_b64(s, n=64):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def ss58(rng):
    data = bytes([0]) + rbytes(rng, 32)
    chk = hashlib.blake2b(b"SS58PRE" + data, digest_size=64).digest()[:2]
    from common import b58encode
    return b58encode(data + chk)


def onion_v3(rng):
    pk = rbytes(rng, 32)
    chk = hashlib.sha3_256(b".onion checksum" + pk + b"\x03").digest()[:2]
    return base64.b32encode(pk + chk + b"\x03").decode().lower() + ".onion"


def kinds():
    K = {}

    def add(cls, name):
        def deco(fn):
            K[name] = (cls, fn)
            return fn
        return deco

    # ---- anti_forgery_or_challenge
    c = "anti_forgery_or_challenge"
    add(c, "django_csrfmiddlewaretoken_form")(lambda r, f: f"<form method=\"post\" action=\"/accounts/login/\">\n  <input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"{alnum(r, 64)}\">\n  <input type=\"text\" name=\"username\">\n</form>")
    add(c, "aspnet_requestverificationtoken_field")(lambda r, f: f"<input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"CfDJ8{pick(r, B64U, 150)}\" />")
    add(c, "oauth_pkce_code_challenge_url")(lambda r, f: f"https://login.{f['PROJ']}.example/authorize?response_type=code&client_id={f['PROJ']}-web&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&code_challenge={pick(r, B64U, 43)}&code_challenge_method=S256&state={pick(r, B64U, 22)}")
    add(c, "express_csurf_token_header")(lambda r, f: f"POST /api/profile HTTP/1.1\nHost: app.{f['PROJ']}.example\nX-CSRF-Token: {pick(r, B64U, 8)}-{pick(r, B64U, 27)}\nContent-Type: application/json")
    add(c, "acme_http01_challenge_token")(lambda r, f: (lambda t: f"[{f['TS']}] GET /.well-known/acme-challenge/{t} 200\nresponse body: {t}.{pick(r, B64U, 43)}")(pick(r, B64U, 43)))
    # ---- base64_non_secret_payload
    c = "base64_non_secret_payload"
    add(c, "pwa_manifest_icon_data_uri")(lambda r, f: "{\"name\": \"" + f["PROJ"] + "\", \"icons\": [{\"src\": \"data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(r, 60)).decode() + "\", \"sizes\": \"16x16\"}]}")
    add(c, "grpc_web_text_frame_body")(lambda r, f: "content-type: application/grpc-web-text\n\n" + base64.b64encode(b"\x00\x00\x00\x00\x1c\n\x0c" + f["PROJ"].encode() + b"\x12\x0cstatus=ready").decode())
    add(c, "sqs_message_body_b64_json")(lambda r, f: "{\"MessageId\": \"" + uuid4(r) + "\", \"Body\": \"" + base64.b64encode(json.dumps({"orderId": int(f["N2"]), "status": "shipped", "carrier": "DHL"}).encode()).decode() + "\"}")
    add(c, "ics_attachment_b64_inline")(lambda r, f: "BEGIN:VEVENT\nSUMMARY:Sprint review\nATTACH;ENCODING=BASE64;VALUE=BINARY;FMTTYPE=text/plain:" + base64.b64encode(("Agenda: demo " + f["PROJ"] + ", retro, planning").encode()).decode() + "\nEND:VEVENT")
    add(c, "kafka_record_value_b64_dump")(lambda r, f: "% kcat -C -t events -o -1 -e -f 'key=%k value=%s\\n'\nkey=" + f["HEX8"] + " value=" + base64.b64encode(json.dumps({"event": "page_view", "path": "/pricing", "ms": int(f["N"])}).encode()).decode())
    # ---- ciphertext_or_sealed_value
    c = "ciphertext_or_sealed_value"
    add(c, "kubeseal_sealed_secret_encrypteddata")(lambda r, f: f"apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: {f['PROJ']}-db\nspec:\n  encryptedData:\n    password: AgB{b64(r, 300)}")
    add(c, "rails_credentials_yml_enc")(lambda r, f: f"$ cat config/credentials.yml.enc\n{b64(r, 180)}--{b64(r, 12)}--{b64(r, 16)}")
    add(c, "vault_transit_ciphertext_response")(lambda r, f: "{\"data\": {\"ciphertext\": \"vault:v1:" + b64(r, 60) + "\", \"key_version\": 1}}")
    add(c, "dotenv_vault_encrypted_blob")(lambda r, f: f"#/-------------------.env.vault---------------------/\nDOTENV_VAULT_PRODUCTION=\"{b64(r, 150)}\"")
    add(c, "azure_keyvault_encrypt_result_json")(lambda r, f: "{\"kid\": \"https://kv-" + f["PROJ"] + ".vault.azure.net/keys/app-key/" + hexs(r, 32) + "\", \"value\": \"" + b64(r, 256, url=True, pad=False) + "\"}")
    # ---- digest_or_checksum
    c = "digest_or_checksum"
    add(c, "cargo_lock_checksum_entries")(lambda r, f: f"[[package]]\nname = \"serde\"\nversion = \"1.0.{f['N']}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{sha(r)}\"")
    add(c, "yarn_berry_lock_checksum")(lambda r, f: f"\"lodash@npm:^4.17.21\":\n  version: 4.17.21\n  resolution: \"lodash@npm:4.17.21\"\n  checksum: 10c0/{sha(r, 'sha512')}")
    add(c, "maven_sha1_sidecar_file")(lambda r, f: f"$ cat commons-io-2.16.{f['N']}.jar.sha1\n{sha(r, 'sha1')}")
    add(c, "docker_manifest_digest_list")(lambda r, f: "{\"manifests\": [{\"digest\": \"sha256:" + sha(r) + "\", \"platform\": {\"architecture\": \"amd64\"}}, {\"digest\": \"sha256:" + sha(r) + "\", \"platform\": {\"architecture\": \"arm64\"}}]}")
    add(c, "homebrew_formula_sha256_line")(lambda r, f: f"class {f['PROJ'].title()} < Formula\n  url \"https://example.org/{f['PROJ']}-1.{f['N']}.tar.gz\"\n  sha256 \"{sha(r)}\"\nend")
    # ---- opaque_random_identifier
    c = "opaque_random_identifier"
    add(c, "stripe_idempotency_key_log")(lambda r, f: "\n".join(f"{f['TS']} POST /v1/payment_intents Idempotency-Key: {uuid4(r)} -> 200" for _ in range(3)))
    add(c, "k8s_pod_uid_listing")(lambda r, f: "NAME                      UID\n" + "\n".join(f"{f['PROJ']}-{hexs(r, 10)}-{pick(r, LOWER_ALNUM, 5)}   {uuid4(r)}" for _ in range(3)))
    add(c, "auth0_user_id_export")(lambda r, f: "user_id,email\n" + f"auth0|{hexs(r, 24)},{f['EMAIL']}\ngoogle-oauth2|{digits(r, 21)},{f['USER2']}@example.org")
    add(c, "shopify_order_gid_csv")(lambda r, f: "id,name,total\n" + "\n".join(f"gid://shopify/Order/{digits(r, 13)},#{1000 + i},{r.randrange(10, 300)}.00" for i in range(3)))
    add(c, "firebase_push_id_keys")(lambda r, f: "{\"messages\": {" + ", ".join(f"\"-N{pick(r, ALNUM + '-_', 18)}\": {{\"text\": \"hi\"}}" for _ in range(3)) + "}}")
    # ---- password_prose_no_value
    c = "password_prose_no_value"
    add(c, "password_manager_migration_faq")(lambda r, f: f"Q: Will my saved passwords move to the new manager?\nA: Yes. On {f['DATE']} every vault is exported and imported automatically. You will be asked to set a new master passphrase; IT never sees it.")
    add(c, "mfa_rollout_board_memo")(lambda r, f: f"Memo to the board ({f['DATE']}): passwords alone are no longer enough. From next quarter every account needs a second factor, and shared passwords in spreadsheets must be moved into the vault. Contact {f['USER']} with questions.")
    add(c, "podcast_transcript_password_hygiene")(lambda r, f: f"[{f['TIME']}] HOST: so what's the one tip? [{f['TIME']}] GUEST: Stop reusing your password. Use a long passphrase, let the manager generate the rest, and never read one out on a call like this.")
    add(c, "classroom_slide_passphrase_rules")(lambda r, f: "Slide 4 - Good passphrases\n* at least 4 random words\n* no names, birthdays or pet names\n* different for every site\n* write it down only in a password manager")
    add(c, "support_chat_cannot_share_password")(lambda r, f: f"Agent {f['USER']}: I can't see or send you your password - we only store a hash. I've sent a reset link to the address on file; it expires in 30 minutes.")
    # ---- placeholder_or_redacted
    c = "placeholder_or_redacted"
    add(c, "jenkins_console_masked_stars")(lambda r, f: f"[Pipeline] withCredentials\nMasking supported pattern matches of $API_TOKEN\n+ curl -sf -H 'Authorization: Bearer ****' https://api.{f['PROJ']}.example/deploy\n[Pipeline] }}")
    add(c, "postman_collection_variable_placeholder")(lambda r, f: "{\"request\": {\"method\": \"GET\", \"header\": [{\"key\": \"X-API-Key\", \"value\": \"{{apiKey}}\"}], \"url\": \"{{baseUrl}}/v2/" + f["PROJ"] + "\"}}")
    add(c, "jinja_env_template_placeholder")(lambda r, f: f"# roles/{f['PROJ']}/templates/app.env.j2\nDB_PASSWORD={{{{ vault_db_password }}}}\nSTRIPE_SECRET_KEY={{{{ stripe_secret_key }}}}")
    add(c, "sensitive_data_scanner_scrubbed_log")(lambda r, f: f"{f['TS']} WARN payment-svc retry failed token=[sds_redacted] card=[sds_redacted] attempt={f['N']}")
    add(c, "kubectl_describe_secret_sizes")(lambda r, f: f"Name:         {f['PROJ']}-db\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  {r.randrange(12, 40)} bytes\nusername:  {r.randrange(4, 12)} bytes")
    # ---- public_blockchain_data
    c = "public_blockchain_data"
    add(c, "dogecoin_address_tip_jar")(lambda r, f: f"Enjoying the project? Tip jar (DOGE): {b58check(bytes([0x1e]) + rbytes(r, 20))}")
    add(c, "tron_trc20_address_list")(lambda r, f: "USDT (TRC-20) deposit addresses:\n" + "\n".join(b58check(bytes([0x41]) + rbytes(r, 20)) for _ in range(2)))
    add(c, "polkadot_ss58_address_payout")(lambda r, f: f"Validator payouts go to {ss58(r)} (era {f['N']}).")
    add(c, "bitcoin_txid_mempool_link")(lambda r, f: f"Refund sent: https://mempool.space/tx/{sha(r)}")
    add(c, "ethereum_erc20_contract_address")(lambda r, f: f"Token contract (verified on Etherscan): 0x{hexs(r, 40)}\nDecimals: 18")
    # ---- public_key_or_certificate
    c = "public_key_or_certificate"

    def gpg(r, f):
        body = b"\x99\x01\x0d\x04" + rbytes(r, 180)
        return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + wrap_b64(base64.b64encode(body).decode()) + "\n=" +
                base64.b64encode(crc24(body).to_bytes(3, "big")).decode() + "\n-----END PGP PUBLIC KEY BLOCK-----")
    add(c, "gpg_public_key_armor_block")(gpg)
    add(c, "x509_certificate_pem_chain")(lambda r, f: "-----BEGIN CERTIFICATE-----\n" + wrap_b64("MIID" + b64(r, 270)) + "\n-----END CERTIFICATE-----")
    add(c, "nostr_npub_profile")(lambda r, f: f"Follow me on nostr: {bech32_encode('npub', rbytes(r, 32))}")
    add(c, "dnssec_dnskey_record")(lambda r, f: f"{f['PROJ']}.example. 3600 IN DNSKEY 257 3 13 {b64(r, 64)}")
    add(c, "tor_onion_v3_hostname")(lambda r, f: f"$ cat /var/lib/tor/hidden_service/hostname\n{onion_v3(r)}")
    # ---- publishable_client_key
    c = "publishable_client_key"
    add(c, "stripe_publishable_pk_live_checkout")(lambda r, f: f"const stripe = Stripe('pk_live_51{alnum(r, 97)}');\nstripe.redirectToCheckout({{ sessionId }});")
    add(c, "paddle_client_side_token")(lambda r, f: f"Paddle.Initialize({{ token: 'live_{hexs(r, 27)}' }});")
    add(c, "razorpay_key_id_checkout")(lambda r, f: "var options = {\n  \"key\": \"rzp_live_" + alnum(r, 14) + "\",\n  \"amount\": \"" + f["N2"] + "\",\n  \"currency\": \"INR\"\n};")
    add(c, "algolia_search_only_key_instantsearch")(lambda r, f: f"// search-only key, safe in the browser\nconst searchClient = algoliasearch('{pick(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}', '{hexs(r, 32)}');")
    add(c, "supabase_anon_key_client")(lambda r, f: (lambda ref: f"const supabase = createClient('https://{ref}.supabase.co', '{jwt_like(r, {'alg': 'HS256', 'typ': 'JWT'}, {'iss': 'supabase', 'ref': ref, 'role': 'anon', 'iat': 1700000000, 'exp': 2015576000})}')")(pick(r, "abcdefghijklmnopqrstuvwxyz", 20)))
    # ---- secret_store_reference
    c = "secret_store_reference"
    add(c, "aws_secrets_manager_arn_ref")(lambda r, f: "\"secrets\": [{\"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:eu-west-1:" + digits(r, 12) + ":secret:prod/" + f["PROJ"] + "/db-" + alnum(r, 6) + "\"}]")
    add(c, "azure_keyvault_reference_appsetting")(lambda r, f: f"DbPassword = @Microsoft.KeyVault(SecretUri=https://kv-{f['PROJ']}.vault.azure.net/secrets/DbPassword/{hexs(r, 32)})")
    add(c, "hashicorp_vault_kv_get_cli")(lambda r, f: f"export DB_PASSWORD=\"$(vault kv get -field=password secret/{f['PROJ']}/db)\"")
    add(c, "bitwarden_bws_secret_get_ref")(lambda r, f: f"API_KEY=$(bws secret get {uuid4(r)} | jq -r .value)")
    add(c, "cloud_run_set_secrets_flag")(lambda r, f: f"gcloud run deploy {f['PROJ']} --image gcr.io/acme/{f['PROJ']}:latest --set-secrets=DB_PASS=db-pass:latest,API_KEY=api-key:{r.randrange(1, 9)}")
    # ---- security_config_no_secret
    c = "security_config_no_secret"
    add(c, "pam_faillock_conf")(lambda r, f: f"# /etc/security/faillock.conf\ndeny = {r.randrange(3, 8)}\nunlock_time = {r.choice([600, 900, 1800])}\neven_deny_root\nroot_unlock_time = 60")
    add(c, "nginx_limit_req_login_zone")(lambda r, f: f"limit_req_zone $binary_remote_addr zone=login:10m rate={r.randrange(3, 20)}r/m;\nlocation /login {{ limit_req zone=login burst=5 nodelay; }}")
    add(c, "ufw_status_verbose_output")(lambda r, f: "Status: active\nDefault: deny (incoming), allow (outgoing)\nTo                Action      From\n22/tcp            LIMIT IN    Anywhere\n443/tcp           ALLOW IN    Anywhere")
    add(c, "keycloak_password_policy_string")(lambda r, f: f"passwordPolicy: \"length({r.randrange(10, 16)}) and upperCase(1) and digits(1) and specialChars(1) and notUsername(undefined) and passwordHistory({r.randrange(3, 10)})\"")
    add(c, "apache_mod_headers_csp")(lambda r, f: "Header always set Content-Security-Policy \"default-src 'self'; frame-ancestors 'none'\"\nHeader always set Referrer-Policy \"strict-origin-when-cross-origin\"")
    # ---- test_fixture_fake_credential
    c = "test_fixture_fake_credential"
    add(c, "jest_mock_env_fake_key")(lambda r, f: "beforeEach(() => {\n  process.env.STRIPE_SECRET_KEY = 'sk_test_fake_for_jest';\n  process.env.SENDGRID_API_KEY = 'SG.fake';\n});")
    add(c, "go_testdata_fake_token_json")(lambda r, f: f"// testdata/{f['PROJ']}_auth.json\n{{\"token\": \"fake-token-{r.randrange(1000)}\", \"expires_in\": 3600}}")
    add(c, "rails_fixtures_users_yml_fake")(lambda r, f: f"{f['USER']}:\n  email: {f['EMAIL']}\n  password_digest: <%= BCrypt::Password.create('password') %>")
    add(c, "playwright_storage_state_fake")(lambda r, f: "{\"cookies\": [{\"name\": \"session\", \"value\": \"test-session-" + str(r.randrange(100)) + "\", \"domain\": \"localhost\"}], \"origins\": []}")
    add(c, "localstack_test_credentials")(lambda r, f: "# LocalStack accepts any credentials\nexport AWS_ACCESS_KEY_ID=test\nexport AWS_SECRET_ACCESS_KEY=test\naws --endpoint-url=http://localhost:4566 s3 ls")
    # ---- tracing_correlation_header
    c = "tracing_correlation_header"
    add(c, "b3_single_header_zipkin")(lambda r, f: f"b3: {hexs(r, 32)}-{hexs(r, 16)}-1-{hexs(r, 16)}")
    add(c, "datadog_trace_id_headers")(lambda r, f: f"x-datadog-trace-id: {digits(r, 19)}\nx-datadog-parent-id: {digits(r, 19)}\nx-datadog-sampling-priority: 1")
    add(c, "azure_x_ms_request_id_header")(lambda r, f: f"HTTP/1.1 403 Forbidden\nx-ms-request-id: {uuid4(r)}\nx-ms-version: 2021-08-06")
    add(c, "cloudflare_cf_ray_log")(lambda r, f: f"{f['TS']} 502 GET /api/cart cf-ray={hexs(r, 16)}-{r.choice(['FRA', 'AMS', 'CDG', 'NRT'])}")
    add(c, "gcp_x_cloud_trace_context_header")(lambda r, f: f"X-Cloud-Trace-Context: {hexs(r, 32)}/{digits(r, 19)};o=1")
    # ---- vcs_or_build_identifier
    c = "vcs_or_build_identifier"
    add(c, "mercurial_changeset_hash_log")(lambda r, f: f"changeset:   {f['N']}:{hexs(r, 12)}\nuser:        {f['USER']} <{f['EMAIL']}>\ndate:        Tue May 07 10:12:00 2024 +0200\nsummary:     fix flaky test")
    add(c, "git_submodule_status_lines")(lambda r, f: f" {hexs(r, 40)} vendor/libfoo (v1.{f['N']}.0)\n+{hexs(r, 40)} third_party/bar (heads/main)")
    add(c, "bazel_invocation_id_url")(lambda r, f: f"INFO: Streaming build results to: https://app.buildbuddy.io/invocation/{uuid4(r)}")
    add(c, "nix_flake_lock_rev_narhash")(lambda r, f: "\"locked\": {\"lastModified\": " + f["EPOCH"] + ", \"narHash\": \"sha256-" + b64(r, 32) + "\", \"owner\": \"NixOS\", \"repo\": \"nixpkgs\", \"rev\": \"" + hexs(r, 40) + "\"}")
    add(c, "gitlab_pipeline_sha_badge")(lambda r, f: f"Pipeline #{f['N2']} passed for {hexs(r, 8)} on main (full SHA {hexs(r, 40)})")
    return K


WRAPPERS = {
    "in_gitbook_runbook_page": lambda x, f: f"# Runbook: {f['PROJ']}\n\n> Last edited by {f['USER']} on {f['DATE']}\n\nPasted from the ticket for context:\n\n```\n{x}\n```\n",
    "in_linear_issue_comment": lambda x, f: f"{f['USER']} commented on ENG-{f['N']}:\n\nhere is what I see on my side\n\n{x}\n\n-- can you double-check before we close this?",
}

# documentation values (class vendor_documentation_value)
MNEMONIC = " ".join(["abandon"] * 11 + ["about"])
DOCS = [
    ("stripe_docs_sk_test_sample_key", "From the Stripe API reference sample request:\ncurl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("postgres_image_docs_mysecretpassword", "Docker Hub postgres image, 'How to use this image':\n$ docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres", "mysecretpassword"),
    ("mysql_image_docs_my_secret_pw", "Docker Hub mysql image docs:\n$ docker run --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:tag", "my-secret-pw"),
    ("mongo_image_docs_compose_example", "Docker Hub mongo image, example compose.yaml:\n    environment:\n      MONGO_INITDB_ROOT_USERNAME: root\n      MONGO_INITDB_ROOT_PASSWORD: example", "example"),
    ("minio_default_root_credentials", "MinIO quickstart: the server starts with the default root credentials minioadmin:minioadmin; change them with MINIO_ROOT_USER / MINIO_ROOT_PASSWORD.", "minioadmin"),
    ("rfc6070_pbkdf2_hmac_sha1_vector", "RFC 6070 test case 1: P = \"password\", S = \"salt\", c = 1, dkLen = 20\nDK = 0c60c80f961f0e71f3a9b524af6012062fe037a6", "0c60c80f961f0e71f3a9b524af6012062fe037a6"),
    ("rfc5869_hkdf_sha256_case1", "RFC 5869 A.1: IKM = 0x0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, salt = 0x000102030405060708090a0b0c\nPRK = 0x077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5\nOKM = 0x3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865", "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"),
    ("bip39_abandon_about_test_mnemonic", "BIP-39 test vector (passphrase TREZOR): mnemonic \"" + MNEMONIC + "\"\nseed c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04", MNEMONIC),
    ("hardhat_default_account0_key", "Hardhat node output - these accounts and keys are publicly known, do not send real funds:\nAccount #0: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 (10000 ETH)\nPrivate Key: 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
    ("airflow_compose_default_login", "Airflow docker-compose quick start: the web UI account created is airflow with the password airflow (_AIRFLOW_WWW_USER_PASSWORD defaults to airflow).", "airflow"),
    ("pgadmin_image_docs_default_password", "pgAdmin container docs example:\ndocker run -p 80:80 -e 'PGADMIN_DEFAULT_EMAIL=user@domain.com' -e 'PGADMIN_DEFAULT_PASSWORD=SuperSecret' -d dpage/pgadmin4", "SuperSecret"),
]


def recompute_docs():
    """Recompute the computable documentation values; return names that matched."""
    ok = []
    assert hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex() == "0c60c80f961f0e71f3a9b524af6012062fe037a6"
    ok.append("rfc6070_pbkdf2_hmac_sha1")
    prk = hmac.new(bytes(range(13)), b"\x0b" * 22, "sha256").digest()
    assert prk.hex() == "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"
    okm, t, i = b"", b"", 1
    while len(okm) < 42:
        t = hmac.new(prk, t + bytes(range(0xf0, 0xfa)) + bytes([i]), "sha256").digest()
        okm += t
        i += 1
    assert okm[:42].hex() == "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    ok.append("rfc5869_hkdf_sha256")
    seed = hashlib.pbkdf2_hmac("sha512", MNEMONIC.encode(), b"mnemonicTREZOR", 2048).hex()
    assert seed == "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"
    ok.append("bip39_tv_seed")
    return ok


def generate():
    rng = random.Random(SEED)
    K = kinds()
    recs = []
    for name in sorted(K):
        cls, fn = K[name]
        for wrap in [None] + sorted(WRAPPERS):
            f = fillers(rng)
            x = fn(rng, f)
            if wrap:
                x = WRAPPERS[wrap](x, fillers(rng))
            recs.append({"class": cls, "container": name if wrap is None else f"{name}__{wrap}", "text": x,
                         "source": "negative", "_base": name, "_wrap": wrap})
    for name, text, val in DOCS:
        recs.append({"class": "vendor_documentation_value", "container": name, "text": text, "source": "negative",
                     "_base": name, "_wrap": None, "_docval": val})
    return recs
