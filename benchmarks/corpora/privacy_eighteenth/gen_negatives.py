"""Hard negatives: 15 classes x 7 base kinds x 2 instances (second wrapped) + 20 documentation values."""
import base64
import hashlib
import hmac
import json
import random
from common import (rs, rhex, rb64, ruuid, rbytes, b58check, b58encode, bech32_encode, convertbits, _polymod,
                    _hrp_expand, BECH, b64u, ALNUM, LOWER_ALNUM, UPPER_ALNUM, B64URL)
import gen_crypto

SEED = 18006
K = {}


def k(cls):
    def deco(f):
        K.setdefault(cls, []).append((f.__name__, f))
        return f
    return deco


def segwit_addr(r):
    prog = rbytes(r, 20)
    data = [0] + convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(BECH[d] for d in data + chk)


# ---------- anti_forgery_or_challenge ----------
C = "anti_forgery_or_challenge"


@k(C)
def django_csrfmiddlewaretoken_form(r):
    return "<form method=\"post\" action=\"/accounts/login/\">\n  <input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"%s\">\n  <input name=\"username\"> <input type=\"password\" name=\"password\">\n</form>\n" % rs(r, ALNUM, 64)


@k(C)
def rails_authenticity_token_meta(r):
    return "<meta name=\"csrf-param\" content=\"authenticity_token\" />\n<meta name=\"csrf-token\" content=\"%s\" />\n" % rb64(r, 64, url=True, pad=False)


@k(C)
def oidc_nonce_in_authorize_url(r):
    return "302 Location: https://login.contoso.example/authorize?response_type=code&client_id=web-app&redirect_uri=https%%3A%%2F%%2Fapp.contoso.example%%2Fcb&scope=openid%%20email&state=%s&nonce=%s\n" % (rs(r, B64URL, 32), rs(r, B64URL, 32))


@k(C)
def webauthn_create_options_challenge(r):
    return json.dumps({"publicKey": {"challenge": b64u(rbytes(r, 32)), "rp": {"name": "Contoso", "id": "contoso.example"}, "user": {"id": b64u(rbytes(r, 16)), "name": "kim@contoso.example", "displayName": "Kim"}, "pubKeyCredParams": [{"type": "public-key", "alg": -7}], "timeout": 60000}}, indent=2) + "\n"


@k(C)
def totp_enrollment_otpauth_qr_text_masked(r):
    return "Scan the QR code in your authenticator app. Can't scan? Enter this setup key instead: ••••-••••-••••-%s (shown once, hidden here)\n" % rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 4)


@k(C)
def sso_saml_inresponseto_id(r):
    return "<samlp:Response ID=\"_%s\" InResponseTo=\"_%s\" Version=\"2.0\" IssueInstant=\"2026-03-04T10:11:12Z\">\n" % (rhex(r, 40), rhex(r, 40))


@k(C)
def laravel_xsrf_cookie_encrypted_header(r):
    iv = rb64(r, 16)
    return "X-XSRF-TOKEN: %s\n" % base64.b64encode(json.dumps({"iv": iv, "value": rb64(r, 48), "mac": rhex(r, 64), "tag": ""}, separators=(",", ":")).encode()).decode()


# ---------- base64_non_secret_payload ----------
C = "base64_non_secret_payload"


@k(C)
def jwt_header_only_debug_print(r):
    h = b64u(json.dumps({"alg": "RS256", "kid": rs(r, B64URL, 16), "typ": "JWT"}, separators=(",", ":")).encode())
    return "DEBUG jwt header segment=%s (payload and signature omitted)\n" % h


@k(C)
def k8s_configmap_binarydata_png(r):
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: brand-assets\nbinaryData:\n  favicon.png: %s\n" % base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(r, 60)).decode()


@k(C)
def graphql_relay_global_ids(r):
    ids = [base64.b64encode(("Order:%d" % r.randrange(10 ** 5, 10 ** 7)).encode()).decode() for _ in range(3)]
    return "{\"data\":{\"orders\":{\"edges\":[%s]}}}\n" % ",".join("{\"node\":{\"id\":\"%s\"}}" % i for i in ids)


@k(C)
def pagination_cursor_b64_json(r):
    cur = base64.b64encode(json.dumps({"created_at": "2026-02-%02dT10:00:00Z" % r.randrange(1, 28), "id": r.randrange(10 ** 6)}).encode()).decode()
    return "GET /api/v2/events?limit=100&cursor=%s\n" % cur


@k(C)
def sourcemap_mappings_vlq_line(r):
    return "{\"version\":3,\"file\":\"app.js\",\"sources\":[\"src/app.ts\"],\"names\":[],\"mappings\":\"%s\"}\n" % ";".join(",".join(rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 4) for _ in range(6)) for _ in range(3))


@k(C)
def email_mime_attachment_b64_csv(r):
    body = base64.encodebytes(("date,steps\n" + "\n".join("2026-01-%02d,%d" % (i, r.randrange(2000, 15000)) for i in range(1, 9))).encode()).decode()
    return "Content-Type: text/csv; name=\"steps.csv\"\nContent-Transfer-Encoding: base64\n\n%s" % body


@k(C)
def protobuf_any_b64_grpc_log(r):
    return "grpc-status-details-bin: %s\n" % base64.b64encode(b"\x08\x05\x12\x0fnot found: item" + rbytes(r, 12)).decode().rstrip("=")


# ---------- ciphertext_or_sealed_value ----------
C = "ciphertext_or_sealed_value"


@k(C)
def sops_dotenv_encrypted_values(r):
    return "DB_PASSWORD=ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops_age__list_0__map_recipient=age1%s\n" % (rb64(r, 18), rb64(r, 32), rb64(r, 16), rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))


@k(C)
def jasypt_enc_wrapped_property(r):
    return "spring.datasource.password=ENC(%s)\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256\n" % rb64(r, 48)


@k(C)
def gpg_armored_message_block(r):
    body = base64.encodebytes(b"\x85\x02\x0c\x03" + rbytes(r, 140)).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n%s=%s\n-----END PGP MESSAGE-----\n" % (body, rb64(r, 3))


@k(C)
def gcp_kms_encrypt_ciphertext_output(r):
    return "$ gcloud kms encrypt --key=app --keyring=prod --location=global --plaintext-file=pw.txt --ciphertext-file=- | base64\n%s\n" % base64.b64encode(b"\x0a\x24\x00" + rbytes(r, 80)).decode()


@k(C)
def ansible_vault_inline_yaml(r):
    body = "\n".join("          " + rhex(r, 80) for _ in range(4))
    return "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n%s\n" % body


@k(C)
def chef_encrypted_data_bag_item(r):
    return json.dumps({"id": "mysql", "password": {"encrypted_data": rb64(r, 48), "hmac": rb64(r, 32), "iv": rb64(r, 12), "version": 3, "cipher": "aes-256-gcm", "auth_tag": rb64(r, 16)}}, indent=2) + "\n"


@k(C)
def keepass_kdbx_header_hexdump(r):
    h = "03d9a29a67fb4bb5" + rhex(r, 48)
    return "$ xxd -l 32 vault.kdbx\n00000000: %s  ....g.K.........\n00000010: %s  ................\n" % (" ".join(h[i:i + 4] for i in range(0, 32, 4)), " ".join(h[i:i + 4] for i in range(32, 64, 4)))


# ---------- digest_or_checksum ----------
C = "digest_or_checksum"


@k(C)
def release_checksums_txt_listing(r):
    return "".join("%s  contoso-cli_%s\n" % (hashlib.sha256(rbytes(r, 16)).hexdigest(), n) for n in ["linux_amd64.tar.gz", "darwin_arm64.tar.gz", "windows_amd64.zip"])


@k(C)
def npm_lock_integrity_field(r):
    return "\"node_modules/left-pad\": {\n  \"version\": \"1.3.0\",\n  \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\",\n  \"integrity\": \"sha512-%s\"\n}\n" % base64.b64encode(hashlib.sha512(rbytes(r, 8)).digest()).decode()


@k(C)
def go_sum_h1_lines(r):
    return "github.com/google/uuid v1.6.0 h1:%s\ngithub.com/google/uuid v1.6.0/go.mod h1:%s\n" % (base64.b64encode(hashlib.sha256(rbytes(r, 8)).digest()).decode(), base64.b64encode(hashlib.sha256(rbytes(r, 8)).digest()).decode())


@k(C)
def s3_etag_multipart_listing(r):
    return "2026-03-01 04:00:12  524288000 backups/db-2026-03-01.dump  ETag: \"%s-63\"\n" % hashlib.md5(rbytes(r, 8)).hexdigest()


@k(C)
def sri_script_integrity_attribute(r):
    return "<script src=\"https://cdn.contoso.example/widget.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>\n" % base64.b64encode(hashlib.sha384(rbytes(r, 8)).digest()).decode()


@k(C)
def nix_store_path_hash(r):
    return "/nix/store/%s-openssl-3.0.13/lib/libssl.so.3\n" % rs(r, "0123456789abcdfghijklmnpqrsvwxyz", 32)


@k(C)
def lfs_pointer_blob_cat(r):
    return "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (hashlib.sha256(rbytes(r, 8)).hexdigest(), r.randrange(10 ** 4, 10 ** 8))


# ---------- opaque_random_identifier ----------
C = "opaque_random_identifier"


@k(C)
def stripe_object_ids_listing(r):
    return "ch_3%s  succeeded  49.00 EUR\npi_3%s  succeeded  49.00 EUR\ncus_%s\n" % (rs(r, ALNUM, 23), rs(r, ALNUM, 23), rs(r, ALNUM, 14))


@k(C)
def nanoid_short_links_csv(r):
    return "slug,target\n" + "".join("%s,https://contoso.example/p/%d\n" % (rs(r, B64URL, 21), r.randrange(1000)) for _ in range(3))


@k(C)
def mongoexport_objectid_jsonl(r):
    return "".join("{\"_id\":{\"$oid\":\"%s\"},\"status\":\"shipped\"}\n" % rhex(r, 24) for _ in range(3))


@k(C)
def ulid_event_ids_log(r):
    return "".join("event_id=01J%s type=order.created\n" % rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23) for _ in range(3))


@k(C)
def k8s_pod_uid_describe(r):
    return "Name:         api-7d9f8b6c5-%s\nNamespace:    prod\nUID:          %s\nNode:         ip-10-0-3-14.eu-west-1.compute.internal\n" % (rs(r, LOWER_ALNUM, 5), ruuid(r))


@k(C)
def snowflake_query_ids_history(r):
    return "".join("01b2%s-0000-%s-0000-%s  SUCCESS  1.2s\n" % (rhex(r, 4), rhex(r, 4), rhex(r, 12)) for _ in range(3))


@k(C)
def session_replay_ids_analytics(r):
    return "session_id: %s\ndistinct_id: %s\nwindow_id: %s\n" % (ruuid(r), ruuid(r), ruuid(r))


# ---------- password_prose_no_value ----------
C = "password_prose_no_value"


@k(C)
def policy_wiki_password_rotation(r):
    return "Service account passwords are rotated every %d days by the vault job. Never paste a password into Slack; share the 1Password item link instead.\n" % r.choice([30, 60, 90])


@k(C)
def support_chat_forgot_password(r):
    return "Customer: I forgot my password again and the reset mail never arrives.\nAgent: I've triggered a new reset link to the address on file; it expires in %d minutes.\n" % r.choice([15, 30, 60])


@k(C)
def changelog_password_hashing_upgrade(r):
    return "## %d.%d.0\n- Passwords are now hashed with Argon2id (m=19456, t=2, p=1); existing hashes are upgraded on next login.\n- The `--password-stdin` flag replaces `--password` for `cli login`.\n" % (r.randrange(2, 9), r.randrange(20))


@k(C)
def code_review_dont_log_password(r):
    return "> logger.info(\"login attempt for %%s with password %%s\", user, password)\nPlease don't log the password, even at info level - drop the second argument. (line %d)\n" % r.randrange(20, 300)


@k(C)
def cli_help_password_flag(r):
    return "  -p, --password string     registry password (prefer --password-stdin)\n      --password-stdin      take the password from stdin\n  -u, --username string     registry username\n"


@k(C)
def incident_note_password_spray(r):
    return "10:%02d UTC: detected password spraying against /login from %d IPs; no successful logins. Enabled rate limit and forced MFA for the admin group.\n" % (r.randrange(60), r.randrange(20, 400))


@k(C)
def form_validation_messages(r):
    return "errors:\n  password_too_short: \"Password must be at least %d characters\"\n  password_mismatch: \"Passwords do not match\"\n  password_pwned: \"This password appeared in a data breach\"\n" % r.choice([10, 12, 14])


# ---------- placeholder_or_redacted ----------
C = "placeholder_or_redacted"


@k(C)
def dotenv_example_angle_brackets(r):
    return "# copy to .env and fill in\nOPENAI_API_KEY=<your-openai-key>\nSTRIPE_SECRET_KEY=<sk_live_...>\nDATABASE_URL=postgres://user:<password>@localhost:5432/app\n"


@k(C)
def helm_values_changeme_placeholders(r):
    return "auth:\n  adminPassword: \"CHANGE_ME\"\n  jwtSecret: \"\"  # generated if empty\nsmtp:\n  password: \"REPLACE-WITH-SMTP-PASSWORD\"\n"


@k(C)
def redacted_ci_log_stars(r):
    return "Run ./deploy.sh\n  env:\n    API_TOKEN: ***\n    DB_PASSWORD: ***\n+ curl -H 'Authorization: Bearer ***' https://api.contoso.example/deploy\n"


@k(C)
def masked_console_key_hint(r):
    return "API keys\n  Name        Key                     Created\n  ci-deploy   sk-...%s                2026-01-%02d\n  local-dev   sk-...%s                2026-02-%02d\n" % (rs(r, ALNUM, 4), r.randrange(1, 28), rs(r, ALNUM, 4), r.randrange(1, 28))


@k(C)
def terraform_sensitive_value_output(r):
    return "Outputs:\n\ndb_endpoint = \"prod-db.cluster-%s.eu-west-1.rds.amazonaws.com\"\ndb_password = <sensitive>\napi_key = (sensitive value)\n" % rs(r, LOWER_ALNUM, 12)


@k(C)
def docs_xxxx_token_template(r):
    return "curl -H \"Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" https://api.contoso.example/v1/me\n# replace the x's with your personal token\n"


@k(C)
def env_var_reference_interpolation(r):
    return "services:\n  api:\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD:?set me}\n      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0\n      STRIPE_KEY: \"{{ .Values.stripe.key }}\"\n"


# ---------- public_blockchain_data ----------
C = "public_blockchain_data"


@k(C)
def bitcoin_p2pkh_donation_address(r):
    return "Donations welcome: %s (BTC)\n" % b58check(b"\x00" + rbytes(r, 20))


@k(C)
def segwit_address_block_explorer(r):
    return "Address %s\nTotal received 0.0%d BTC  Tx count %d\n" % (segwit_addr(r), r.randrange(10, 99), r.randrange(1, 50))


@k(C)
def evm_tx_receipt_hashes(r):
    return "transactionHash 0x%s\nblockHash 0x%s\nfrom 0x%s\nto 0x%s\nstatus 1 (success)\n" % (rhex(r, 64), rhex(r, 64), rhex(r, 40), rhex(r, 40))


@k(C)
def solana_signature_explorer_line(r):
    return "Signature %s  Slot %d  Result: Success\n" % (b58encode(rbytes(r, 64)), r.randrange(2 * 10 ** 8, 3 * 10 ** 8))


@k(C)
def ens_and_contract_addresses_readme(r):
    return "| Contract | Address |\n|---|---|\n| Token | 0x%s |\n| Vault | 0x%s |\n" % (rhex(r, 40), rhex(r, 40))


@k(C)
def litecoin_address_payment_request(r):
    return "litecoin:%s?amount=0.25&label=invoice-%d\n" % (b58check(b"\x30" + rbytes(r, 20)), r.randrange(1000, 9999))


@k(C)
def ipfs_cid_pin_listing(r):
    return "".join("Qm%s recursive\n" % rs(r, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44) for _ in range(3))


# ---------- public_key_or_certificate ----------
C = "public_key_or_certificate"


@k(C)
def ssh_ed25519_known_hosts_line(r):
    pub = gen_crypto.ed25519_public(rbytes(r, 32))
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + pub
    return "git.contoso.example,10.0.0.12 ssh-ed25519 %s\n" % base64.b64encode(blob).decode()


@k(C)
def ec_p256_public_key_pem(r):
    d = r.randrange(1, gen_crypto.N256)
    x, y = gen_crypto.p256_mul(d)
    point = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + point
    return "# webhook signature verification key (public)\n" + gen_crypto.pem("PUBLIC KEY", der) + "\n"


@k(C)
def jwks_public_ec_keys_json(r):
    d = r.randrange(1, gen_crypto.N256)
    x, y = gen_crypto.p256_mul(d)
    return json.dumps({"keys": [{"kty": "EC", "crv": "P-256", "kid": rs(r, B64URL, 12), "use": "sig", "x": b64u(x.to_bytes(32, "big")), "y": b64u(y.to_bytes(32, "big"))}]}, indent=2) + "\n"


@k(C)
def wireguard_peer_section_public(r):
    return "[Peer]\n# laptop-kim\nPublicKey = %s\nAllowedIPs = 10.8.0.%d/32\n" % (base64.b64encode(gen_crypto.ed25519_public(rbytes(r, 32))).decode(), r.randrange(2, 250))


@k(C)
def minisign_public_key_file(r):
    return "untrusted comment: minisign public key %s\n%s\n" % (rhex(r, 16).upper(), base64.b64encode(b"Ed" + rbytes(r, 8) + gen_crypto.ed25519_public(rbytes(r, 32))).decode())


@k(C)
def dkim_dns_txt_public_key(r):
    return "selector1._domainkey.contoso.example. 3600 IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s\" \"%sIDAQAB\"\n" % (rb64(r, 120).rstrip("="), rb64(r, 120).rstrip("="))


@k(C)
def age_recipients_file_public(r):
    return "# team recipients\n" + "".join(bech32_encode("age", rbytes(r, 32)) + "\n" for _ in range(2))


# ---------- publishable_client_key ----------
C = "publishable_client_key"


@k(C)
def google_maps_js_loader_key(r):
    return "<script async src=\"https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initMap\"></script>\n<!-- key restricted to https://www.contoso.example/* -->\n" % rs(r, B64URL, 35)


@k(C)
def sentry_browser_dsn_public(r):
    return "Sentry.init({ dsn: \"https://%s@o%d.ingest.sentry.io/%d\", tracesSampleRate: 0.1 });\n" % (rhex(r, 32), r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 6, 10 ** 7))


@k(C)
def segment_analytics_write_key_snippet(r):
    return "analytics.load(\"%s\");\nanalytics.page();\n" % rs(r, ALNUM, 32)


@k(C)
def onesignal_web_app_id_init(r):
    return "OneSignal.init({ appId: \"%s\", allowLocalhostAsSecureOrigin: true });\n" % ruuid(r)


@k(C)
def plausible_and_fathom_site_ids(r):
    return "<script defer data-domain=\"contoso.example\" src=\"https://plausible.io/js/script.js\"></script>\n<script src=\"https://cdn.usefathom.com/script.js\" data-site=\"%s\" defer></script>\n" % rs(r, UPPER_ALNUM, 8)


@k(C)
def intercom_app_id_boot(r):
    return "window.Intercom(\"boot\", { api_base: \"https://api-iam.intercom.io\", app_id: \"%s\" });\n" % rs(r, LOWER_ALNUM, 8)


@k(C)
def datadog_rum_client_token(r):
    return "datadogRum.init({ applicationId: '%s', clientToken: 'pub%s', site: 'datadoghq.eu', service: 'web' });\n" % (ruuid(r), rhex(r, 32))


# ---------- secret_store_reference ----------
C = "secret_store_reference"


@k(C)
def op_inject_template_refs(r):
    return "DB_PASSWORD={{ op://Prod/postgres/password }}\nSTRIPE_KEY={{ op://Prod/stripe/credential }}\n"


@k(C)
def aws_secretsmanager_arn_task_def(r):
    return "\"secrets\": [{\"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:eu-west-1:%d:secret:prod/db-%s\"}]\n" % (r.randrange(10 ** 11, 10 ** 12), rs(r, ALNUM, 6))


@k(C)
def vault_agent_template_stanza(r):
    return "{{ with secret \"kv/data/prod/api\" }}\nAPI_KEY={{ .Data.data.api_key }}\n{{ end }}\n"


@k(C)
def doppler_run_command(r):
    return "doppler run --project api --config prd -- ./bin/server   # secrets injected at runtime\n"


@k(C)
def workflow_secrets_context_env(r):
    return "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}\n"


@k(C)
def k8s_secretkeyref_env(r):
    return "env:\n- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db-credentials\n      key: password\n"


@k(C)
def bitwarden_sm_secret_id_ref(r):
    return "bws secret get %s --output env\n" % ruuid(r)


# ---------- security_config_no_secret ----------
C = "security_config_no_secret"


@k(C)
def sshd_config_hardening(r):
    return "PasswordAuthentication no\nPermitRootLogin prohibit-password\nKbdInteractiveAuthentication no\nMaxAuthTries %d\n" % r.choice([3, 4, 5])


@k(C)
def csp_header_policy(r):
    return "Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-%s'; object-src 'none'\n" % base64.b64encode(hashlib.sha256(rbytes(r, 8)).digest()).decode()


@k(C)
def argon2_params_config(r):
    return "[password_hashing]\nalgorithm = \"argon2id\"\nmemory_kib = %d\niterations = 3\nparallelism = 4\nsalt_length = 16\n" % r.choice([19456, 65536])


@k(C)
def tls_cipher_suites_nginx(r):
    return "ssl_protocols TLSv1.2 TLSv1.3;\nssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256;\nssl_session_tickets off;\n"


@k(C)
def cors_allowlist_yaml(r):
    return "cors:\n  allowed_origins:\n    - https://app.contoso.example\n  allow_credentials: true\n  max_age: %d\n" % r.choice([600, 3600])


@k(C)
def gitleaks_allowlist_toml(r):
    return "[allowlist]\ndescription = \"test fixtures\"\npaths = ['''testdata/.*''', '''.*_test\\.go''']\nregexes = ['''EXAMPLE''']\n"


@k(C)
def pam_pwquality_conf(r):
    return "minlen = %d\ndcredit = -1\nucredit = -1\nocredit = -1\nlcredit = -1\nenforce_for_root\n" % r.choice([12, 14])


# ---------- test_fixture_fake_credential ----------
C = "test_fixture_fake_credential"


@k(C)
def pytest_conftest_fake_user_password(r):
    return "@pytest.fixture\ndef user(db):\n    return User.objects.create_user(\"alice\", password=\"test-password-not-real\")\n"


@k(C)
def jest_mock_env_fake_key(r):
    return "beforeAll(() => {\n  process.env.STRIPE_SECRET_KEY = 'sk_test_fake_key_for_unit_tests';\n});\n"


@k(C)
def rspec_let_api_token_dummy(r):
    return "let(:api_token) { \"dummy-token\" }\nlet(:client) { Client.new(token: api_token, base_url: \"http://localhost:3000\") }\n"


@k(C)
def go_test_table_invalid_tokens(r):
    return "tests := []struct{ in string; ok bool }{\n\t{\"\", false},\n\t{\"not-a-token\", false},\n\t{\"ghp_short\", false},\n}\n"


@k(C)
def docker_compose_test_db_password(r):
    return "services:\n  db-test:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: test\n      POSTGRES_USER: test\n    tmpfs: /var/lib/postgresql/data\n"


@k(C)
def cypress_fixture_user_json(r):
    return "{\n  \"email\": \"e2e-user@example.test\",\n  \"password\": \"Password123!\"\n}\n"


@k(C)
def wiremock_stub_fake_bearer(r):
    return "{\n  \"request\": { \"method\": \"GET\", \"url\": \"/v1/me\", \"headers\": { \"Authorization\": { \"equalTo\": \"Bearer fake-token\" } } },\n  \"response\": { \"status\": 200 }\n}\n"


# ---------- tracing_correlation_header ----------
C = "tracing_correlation_header"


@k(C)
def envoy_access_log_traceparent_field(r):
    return "traceparent: 00-%s-%s-01\ntracestate: congo=t61rcWkgMzE\n" % (rhex(r, 32), rhex(r, 16))


@k(C)
def xray_amzn_trace_id_lb_log(r):
    return "X-Amzn-Trace-Id: Root=1-%s-%s;Parent=%s;Sampled=1\n" % (rhex(r, 8), rhex(r, 24), rhex(r, 16))


@k(C)
def b3_propagation_headers(r):
    return "X-B3-TraceId: %s\nX-B3-SpanId: %s\nX-B3-Sampled: 1\n" % (rhex(r, 32), rhex(r, 16))


@k(C)
def github_request_id_header(r):
    return "x-github-request-id: %s:%s:%s:%s:%s\n" % tuple(rhex(r, n).upper() for n in (4, 5, 6, 7, 8))


@k(C)
def fastly_and_varnish_ids(r):
    return "x-served-by: cache-ams%d-AMS\nx-timer: S17%d.%d,VS0,VE1\nx-varnish: %d %d\n" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 7), r.randrange(10 ** 6), r.randrange(10 ** 8), r.randrange(10 ** 8))


@k(C)
def openai_request_id_header(r):
    return "x-request-id: req_%s\nopenai-processing-ms: %d\n" % (rhex(r, 32), r.randrange(100, 3000))


@k(C)
def sentry_trace_header(r):
    return "sentry-trace: %s-%s-1\nbaggage: sentry-environment=production,sentry-release=api%%40%d.%d.0\n" % (rhex(r, 32), rhex(r, 16), r.randrange(1, 9), r.randrange(30))


# ---------- vcs_or_build_identifier ----------
C = "vcs_or_build_identifier"


@k(C)
def git_log_oneline_shas(r):
    return "".join("%s %s\n" % (rhex(r, 40), m) for m in ["fix: retry on 429", "chore(deps): bump axios", "feat: add export"])


@k(C)
def docker_image_digest_pull(r):
    return "Digest: sha256:%s\nStatus: Downloaded newer image for ghcr.io/contoso/api:1.9.2\n" % rhex(r, 64)


@k(C)
def gradle_build_scan_url(r):
    return "Publishing build scan...\nhttps://gradle.com/s/%s\n" % rs(r, LOWER_ALNUM, 13)


@k(C)
def buildkit_cache_key_log(r):
    return "#12 [build 4/7] RUN npm ci\n#12 CACHED\n#13 exporting cache to registry\n#13 writing layer sha256:%s done\n" % rhex(r, 64)


@k(C)
def tf_dependency_lock_provider_hashes(r):
    return "provider \"registry.terraform.io/hashicorp/aws\" {\n  version = \"5.40.0\"\n  hashes = [\n    \"h1:%s\",\n    \"zh:%s\",\n  ]\n}\n" % (base64.b64encode(rbytes(r, 32)).decode(), rhex(r, 64))


@k(C)
def github_actions_pinned_sha(r):
    return "- uses: actions/checkout@%s # v4.1.1\n- uses: actions/setup-node@%s # v4.0.2\n" % (rhex(r, 40), rhex(r, 40))


@k(C)
def cargo_lock_checksum_entry(r):
    return "[[package]]\nname = \"serde\"\nversion = \"1.0.197\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n" % rhex(r, 64)


WRAP = [("__in_pr_description", "PR description:\n> ", "\n(context only, nothing sensitive here)\n"),
        ("__in_incident_timeline", "Incident timeline excerpt:\n", "\n-- end of excerpt --\n"),
        ("__in_notebook_output_cell", "[out 14]:\n", "\n")]


# ---------- vendor documentation values ----------
def _hs256(secret, header, payload):
    si = b64u(json.dumps(header, separators=(",", ":")).encode()) + "." + b64u(json.dumps(payload, separators=(",", ":")).encode())
    return si + "." + b64u(hmac.new(secret, si.encode(), hashlib.sha256).digest())


def _bip32_master():
    I = hmac.new(b"Bitcoin seed", bytes.fromhex("000102030405060708090a0b0c0d0e0f"), hashlib.sha512).digest()
    return b58check(bytes.fromhex("0488ade4") + b"\x00" + b"\x00" * 4 + b"\x00" * 4 + I[32:] + b"\x00" + I[:32])


JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
RFC7515_K = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"
BIP32_XPRV = "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"
WIF_EX = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
RFC8032_SK = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"

DOCS = [
    ("jwt_io_debugger_default_token", "jwt.io debugger default example (secret `your-256-bit-secret`):\n" + JWT_IO + "\n", JWT_IO),
    ("rfc7515_appendix_a1_hmac_jwk", "RFC 7515 A.1 example symmetric key:\n{\"kty\":\"oct\",\n \"k\":\"" + RFC7515_K + "\"\n}\n", RFC7515_K),
    ("rfc8032_test1_secret_key", "RFC 8032 section 7.1, TEST 1\nSECRET KEY:\n" + RFC8032_SK + "\nPUBLIC KEY:\nd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a\n", RFC8032_SK),
    ("rfc4231_hmac_test_case_1", "RFC 4231 Test Case 1\nKey  = 0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b (20 bytes)\nData = 4869205468657265 (\"Hi There\")\nHMAC-SHA-256 = b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7\n", "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
    ("rfc2202_hmac_sha1_jefe", "RFC 2202 test_case 2: key = \"Jefe\", data = \"what do ya want for nothing?\", digest = 0xeffcdf6ae5eb2fa2d27416d5f184df9c259a7c79\n", "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
    ("bip32_test_vector_1_master_xprv", "BIP-32 Test vector 1, seed 000102030405060708090a0b0c0d0e0f\nChain m\n  ext prv: " + BIP32_XPRV + "\n", BIP32_XPRV),
    ("bitcoin_wiki_wif_example", "Bitcoin wiki, Wallet import format, step 7 (example key 0C28FCA386C7A227600B2FE50B7CAE11EC86D3BF1FBE471BE89827E19D72AA1D):\n" + WIF_EX + "\n", WIF_EX),
    ("hardhat_anvil_default_account_0", "Account #0: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 (10000 ETH)\nPrivate Key: 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n\nWARNING: These accounts, and their private keys, are publicly known.\n", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
    ("cosmos_db_emulator_well_known_key", "Azure Cosmos DB emulator (local only):\nAccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==\n", "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="),
    ("aws_docs_second_example_keypair", "$ aws configure --profile userprod\nAWS Access Key ID [None]: AKIAI44QH8DHBEXAMPLE\nAWS Secret Access Key [None]: je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\nDefault region name [None]: us-east-1\n", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"),
    ("rfc8628_device_authorization_response", "RFC 8628 3.2 example response:\n{\n  \"device_code\": \"GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS\",\n  \"user_code\": \"WDJB-MJHT\",\n  \"verification_uri\": \"https://example.com/device\",\n  \"expires_in\": 1800\n}\n", "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS"),
    ("mssql_container_docs_sa_password", "docker run -e \"ACCEPT_EULA=Y\" -e \"MSSQL_SA_PASSWORD=yourStrong(!)Password\" -p 1433:1433 -d mcr.microsoft.com/mssql/server:2022-latest\n", "yourStrong(!)Password"),
    ("ms_learn_quickstart_password_placeholder", "sqlcmd -S localhost -U sa -P \"<YourStrong@Passw0rd>\"\n(replace <YourStrong@Passw0rd> with your own password)\n", "<YourStrong@Passw0rd>"),
    ("oracle_scott_tiger_sample_schema", "SQL> CONNECT scott/tiger\nConnected.  -- classic demo schema from the Oracle docs\n", "tiger"),
    ("oracle_legacy_sys_default", "Pre-12c installs used SYS/change_on_install and SYSTEM/manager as documented defaults; change them immediately.\n", "change_on_install"),
    ("tomcat_users_xml_sample_comment", "<!--\n  <user username=\"admin\" password=\"<must-be-changed>\" roles=\"manager-gui\"/>\n-->\n", "<must-be-changed>"),
    ("symfony_skeleton_default_app_secret", "# Symfony 3 parameters.yml.dist\nparameters:\n    secret: ThisTokenIsNotSoSecretChangeIt\n", "ThisTokenIsNotSoSecretChangeIt"),
    ("stripe_docs_publishable_test_key", "const stripe = Stripe('pk_test_TYooMQauvdEDq54NiTphI7jx'); // Stripe docs sample key\n", "pk_test_TYooMQauvdEDq54NiTphI7jx"),
    ("docker_registry_docs_htpasswd_example", "mkdir auth\ndocker run --entrypoint htpasswd httpd:2 -Bbn testuser testpassword > auth/htpasswd\n", "testpassword"),
    ("vault_dev_server_root_token_id", "vault server -dev -dev-root-token-id=\"root\"\nexport VAULT_TOKEN=\"root\"\n", "root"),
]


def docs_selfcheck():
    ok = _hs256(b"your-256-bit-secret", {"alg": "HS256", "typ": "JWT"}, {"sub": "1234567890", "name": "John Doe", "iat": 1516239022}) == JWT_IO
    ok &= _bip32_master() == BIP32_XPRV
    ok &= b58check(b"\x80" + bytes.fromhex("0C28FCA386C7A227600B2FE50B7CAE11EC86D3BF1FBE471BE89827E19D72AA1D")) == WIF_EX
    ok &= hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha256).hexdigest() == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    ok &= hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha1).hexdigest() == "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
    ok &= gen_crypto.ed25519_selftest()
    return ok


def generate():
    rng = random.Random(SEED)
    recs = []
    for cls in sorted(K):
        for bi, (name, f) in enumerate(K[cls]):
            recs.append(dict(cls=cls, kind=name, text=f(rng), source="hard negative (%s): %s" % (cls, name.replace("_", " "))))
            wname, pre, post = WRAP[(bi + len(recs)) % 3]
            recs.append(dict(cls=cls, kind=name + wname, text=pre + f(rng).rstrip("\n") + post,
                             source="hard negative (%s): %s, quoted" % (cls, name.replace("_", " "))))
    for name, text, val in DOCS:
        recs.append(dict(cls="vendor_documentation_value", kind=name, text=text, docval=val,
                         source="published documentation / default value: %s" % name.replace("_", " ")))
    return recs
