"""Hard negatives: 16 classes, 75 new base kinds x (plain + 2 new wrappers) + 9 documentation-value kinds."""
import base64, hashlib, hmac, json, random
from common import Gen, ALNUM, B62, HEX, DIG, UPPER, LOWER, b64url

SEED = 27006


def rb(g, n):
    return bytes(g.r.randrange(256) for _ in range(n))


def b64(g, n):
    return base64.b64encode(rb(g, n)).decode()


def lines(s, w=64):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban(g):
    bban = g.s(DIG, 18)
    num = int("".join(str(int(c, 36)) for c in bban + "DE00"))
    return "DE%02d%s" % (98 - num % 97, bban)


def isin(g):
    body = "US" + g.s(UPPER + DIG, 9)
    digits = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(digits)


def lei(g):
    body = g.s(UPPER + DIG, 18)
    num = int("".join(str(int(c, 36)) for c in body + "00"))
    return body + "%02d" % (98 - num % 97)


NAMES = ["alice", "bob", "carol", "dmitri", "emeka", "fatima", "grace", "hiro"]

K = {}


def kind(cls, name):
    def deco(f):
        K[name] = (cls, f)
        return f
    return deco


# ---- base64_non_secret_payload
@kind("base64_non_secret_payload", "css_woff2_font_data_uri")
def _(g):
    return "@font-face {\n  font-family: 'Icons';\n  src: url(data:font/woff2;base64,d09GMgABAAAA%s) format('woff2');\n}\n" % b64(g, 96)


@kind("base64_non_secret_payload", "configmap_binarydata_logo_png")
def _(g):
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: branding\nbinaryData:\n  logo.png: iVBORw0KGgoAAAANSUhEUgAA%s\n" % b64(g, 120)


@kind("base64_non_secret_payload", "protobuf_any_value_json")
def _(g):
    return json.dumps({"@type": "type.googleapis.com/google.rpc.DebugInfo", "value": b64(g, 45)}, indent=2) + "\n"


@kind("base64_non_secret_payload", "email_inline_image_cid_part")
def _(g):
    return ("--b1_%s\nContent-Type: image/png; name=\"chart.png\"\nContent-Transfer-Encoding: base64\nContent-ID: <chart@mail>\n\n%s\n" % (g.hexs(16), lines("iVBORw0KGgoAAAANSUhEUgAA" + b64(g, 150), 76)))


@kind("base64_non_secret_payload", "svg_embedded_png_href")
def _(g):
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"32\"><image href=\"data:image/png;base64,iVBORw0KGgo%s\" width=\"32\" height=\"32\"/></svg>\n" % b64(g, 60)


# ---- ciphertext_or_sealed_value
@kind("ciphertext_or_sealed_value", "sops_encrypted_yaml_value")
def _(g):
    return ("db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:%s:key/%s\n    version: 3.8.1\n"
            % (b64(g, 18), b64(g, 32), b64(g, 16), g.s(DIG, 12), g.uuid()))


@kind("ciphertext_or_sealed_value", "ansible_vault_encrypted_string")
def _(g):
    return "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + g.hexs(80) for _ in range(5)) + "\n"


@kind("ciphertext_or_sealed_value", "git_crypt_file_hexdump")
def _(g):
    h = "00474954435259505400" + g.hexs(44)
    return "$ xxd secrets/prod.env | head -2\n00000000: %s  .GITCRYPT.......\n00000010: %s  ................\n" % (
        " ".join(h[i:i + 4] for i in range(0, 32, 4)), " ".join(g.hexs(4) for _ in range(8)))


@kind("ciphertext_or_sealed_value", "jasypt_enc_property_value")
def _(g):
    return "spring.datasource.username=app\nspring.datasource.password=ENC(%s)\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256\n" % b64(g, 48)


@kind("ciphertext_or_sealed_value", "openssl_enc_salted_base64")
def _(g):
    return "$ cat backup.key.enc\n%s\n(encrypted with openssl enc -aes-256-cbc -pbkdf2; passphrase kept offline)\n" % lines(base64.b64encode(b"Salted__" + rb(g, 56)).decode())


# ---- code_identifier_lookalike
@kind("code_identifier_lookalike", "swift_keychain_account_constants")
def _(g):
    return "enum KeychainKey {\n    static let accessToken = \"com.example.%s.accessToken\"\n    static let refreshToken = \"com.example.%s.refreshToken\"\n    static let passwordItem = \"com.example.%s.password\"\n}\n" % ((g.word(NAMES),) * 3)


@kind("code_identifier_lookalike", "terraform_sensitive_variable_decl")
def _(g):
    return "variable \"db_password\" {\n  description = \"Password for the %s database user\"\n  type        = string\n  sensitive   = true\n}\n" % g.word(NAMES)


@kind("code_identifier_lookalike", "openapi_security_schemes_names")
def _(g):
    return "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n    BearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n# revision %d\n" % g.r.randint(2, 40)


@kind("code_identifier_lookalike", "django_form_password_fields")
def _(g):
    return "class SignupForm(forms.Form):\n    password1 = forms.CharField(widget=forms.PasswordInput, min_length=%d)\n    password2 = forms.CharField(widget=forms.PasswordInput, label='Confirm password')\n    api_token_name = forms.CharField(max_length=64)\n" % g.r.choice([10, 12, 14])


@kind("code_identifier_lookalike", "dotenv_schema_keys_only")
def _(g):
    return "# required variables (values come from the secret manager)\nSTRIPE_SECRET_KEY=\nDATABASE_PASSWORD=\nSENDGRID_API_KEY=\nJWT_SIGNING_SECRET=\n# schema v%d\n" % g.r.randint(2, 9)


# ---- digest_or_checksum
@kind("digest_or_checksum", "go_sum_module_hashes")
def _(g):
    return "".join("github.com/%s/%s v1.%d.%d h1:%s=\n" % (g.word(NAMES), g.word(["log", "cfg", "retry", "kv"]), g.r.randint(0, 9), g.r.randint(0, 20), b64(g, 32)[:43]) for _ in range(3))


@kind("digest_or_checksum", "gemfile_lock_checksums_section")
def _(g):
    return "CHECKSUMS\n" + "".join("  %s (%d.%d.%d) sha256=%s\n" % (n, g.r.randint(0, 9), g.r.randint(0, 9), g.r.randint(0, 9), g.hexs(64)) for n in ["rake", "rack", "puma"])


@kind("digest_or_checksum", "terraform_lock_hcl_hashes")
def _(g):
    return "provider \"registry.terraform.io/hashicorp/aws\" {\n  version = \"5.%d.0\"\n  hashes = [\n    \"h1:%s=\",\n    \"zh:%s\",\n  ]\n}\n" % (g.r.randint(10, 60), b64(g, 32)[:43], g.hexs(64))


@kind("digest_or_checksum", "sri_integrity_script_tags")
def _(g):
    return "<script src=\"https://cdn.example.net/lib.min.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>\n" % b64(g, 48)


@kind("digest_or_checksum", "git_log_full_commit_hashes")
def _(g):
    return "".join("%s %s\n" % (g.hexs(40), m) for m in ["fix: retry on 503", "chore: bump deps", "feat: add export"])


# ---- license_or_serial_identifier
@kind("license_or_serial_identifier", "iban_supplier_bank_csv")
def _(g):
    return "supplier,iban,bic\n" + "".join("%s GmbH,%s,COBADEFFXXX\n" % (g.word(NAMES).capitalize(), iban(g)) for _ in range(3))


@kind("license_or_serial_identifier", "isin_security_list")
def _(g):
    return "ISIN          | weight\n" + "".join("%s  | %d.%d%%\n" % (isin(g), g.r.randint(1, 20), g.r.randint(0, 9)) for _ in range(4))


@kind("license_or_serial_identifier", "ups_tracking_numbers_list")
def _(g):
    return "Shipments today:\n" + "".join("- 1Z%s%s\n" % (g.s(UPPER + DIG, 6), g.s(DIG, 10)) for _ in range(3))


@kind("license_or_serial_identifier", "iccid_sim_inventory")
def _(g):
    out = "device,iccid\n"
    for i in range(3):
        body = "8944" + g.s(DIG, 14)
        out += "tracker-%02d,%s\n" % (i + 1, body + luhn_digit(body))
    return out


@kind("license_or_serial_identifier", "lei_legal_entity_codes")
def _(g):
    return "counterparty LEIs:\n" + "".join("  %s  %s Holdings\n" % (lei(g), g.word(NAMES).capitalize()) for _ in range(3))


# ---- masked_partial_value
@kind("masked_partial_value", "github_secret_scanning_alert_redacted")
def _(g):
    return "Secret scanning alert #%d: GitHub Personal Access Token\nghp_%s%s\nStatus: revoked\n" % (g.r.randint(2, 90), "*" * 32, g.s(ALNUM, 4))


@kind("masked_partial_value", "aws_configure_list_masked")
def _(g):
    return ("      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************%s shared-credentials-file\nsecret_key     ****************%s shared-credentials-file\n" % (g.s(UPPER + DIG, 4), g.s(ALNUM, 4)))


@kind("masked_partial_value", "gitlab_ci_masked_job_log")
def _(g):
    return "$ echo \"deploying with token $DEPLOY_TOKEN\"\ndeploying with token [MASKED]\n$ ./deploy.sh --env prod\nJob succeeded in %ds\n" % g.r.randint(20, 300)


@kind("masked_partial_value", "argocd_app_diff_redacted_secret")
def _(g):
    return "===== /Secret %s/app-secrets ======\n  data:\n-   DB_PASSWORD: '++++++++'\n+   DB_PASSWORD: '++++++++++++'\n" % g.word(["prod", "staging", "dev"])


@kind("masked_partial_value", "startup_banner_elided_keys")
def _(g):
    return "[boot] config loaded\n  stripe key: sk_live_…%s (elided)\n  sendgrid:   SG.…%s (elided)\n  region:     eu-west-1\n" % (g.s(ALNUM, 4), g.s(ALNUM, 4))


# ---- opaque_random_identifier
@kind("opaque_random_identifier", "sentry_event_ids_issue_list")
def _(g):
    return "".join("event %s  TypeError: cannot read property 'id'\n" % g.hexs(32) for _ in range(3))


@kind("opaque_random_identifier", "mongodb_objectid_documents")
def _(g):
    return "".join('{ "_id": ObjectId("%s"), "status": "shipped" }\n' % g.hexs(24) for _ in range(3))


@kind("opaque_random_identifier", "aws_xray_trace_ids")
def _(g):
    return "".join("TraceId: 1-%s-%s  duration=%dms\n" % (g.hexs(8), g.hexs(24), g.r.randint(10, 900)) for _ in range(3))


@kind("opaque_random_identifier", "gcp_operation_names")
def _(g):
    return "".join("operation-%d-%s-%s-%s  DONE\n" % (g.r.randint(1.7e12, 1.72e12), g.hexs(13), g.hexs(8), g.hexs(8)) for _ in range(3))


@kind("opaque_random_identifier", "ksuid_event_keys_log")
def _(g):
    return "".join("event_key=%s kind=order.created\n" % (g.s("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 27)) for _ in range(3))


# ---- password_prose_no_value
PROSE = {
    "owasp_asvs_password_requirements_notes": "ASVS notes: passwords of at least 12 characters, no composition rules, check against breached lists, allow paste into the password field. Ticket %d.\n",
    "it_newsletter_passphrase_tips": "IT newsletter #%d: use a passphrase of four or more random words, never reuse your work password, and store it in the company password manager.\n",
    "incident_postmortem_credential_rotation": "Postmortem INC-%d: a database password was rotated after it appeared in a build log; the new one lives only in the vault. No value is recorded here.\n",
    "helpdesk_kb_mfa_enrollment_article": "KB-%d: after resetting your password, enrol an authenticator app. The helpdesk will never ask for your password by phone or chat.\n",
    "parent_teacher_chat_password_reminder": "Reminder %d: the school portal password was reset today; ask me for it in person at pick-up, I will not send it here.\n",
}
for _n, _t in PROSE.items():
    (lambda n, t: kind("password_prose_no_value", n)(lambda g: t % g.r.randint(100, 9999)))(_n, _t)


# ---- placeholder_or_redacted
@kind("placeholder_or_redacted", "ansible_vault_var_indirection_yml")
def _(g):
    return "db_user: app\ndb_password: \"{{ vault_db_password }}\"\nsmtp_password: \"{{ vault_smtp_password }}\"\n# host group %s\n" % g.word(NAMES)


@kind("placeholder_or_redacted", "github_actions_secrets_context_refs")
def _(g):
    return "      - run: ./deploy.sh\n        env:\n          API_TOKEN: ${{ secrets.API_TOKEN }}\n          DB_PASSWORD: ${{ secrets.DB_PASSWORD_%s }}\n" % g.word(["PROD", "STAGING", "DEV"])


@kind("placeholder_or_redacted", "env_sample_xxx_placeholders")
def _(g):
    return "# copy to .env and fill in\nAWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSLACK_BOT_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx\n# v%d\n" % g.r.randint(1, 9)


@kind("placeholder_or_redacted", "postman_collection_variable_refs")
def _(g):
    return json.dumps({"request": {"method": "GET", "header": [{"key": "Authorization", "value": "Bearer {{access_token}}"}, {"key": "X-Api-Key", "value": "{{api_key}}"}], "url": "{{base_url}}/v%d/orders" % g.r.randint(1, 3)}}, indent=2) + "\n"


@kind("placeholder_or_redacted", "k8s_secret_template_replace_me")
def _(g):
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-credentials\nstringData:\n  password: REPLACE_ME\n  api-key: REPLACE_ME\n" % g.word(NAMES)


# ---- public_key_or_certificate
@kind("public_key_or_certificate", "age_recipient_public_keys")
def _(g):
    return "# .sops.yaml recipients\n" + "".join("age1%s\n" % g.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58) for _ in range(2))


@kind("public_key_or_certificate", "wireguard_peer_public_keys_conf")
def _(g):
    return "".join("[Peer]\nPublicKey = %s\nAllowedIPs = 10.8.0.%d/32\n\n" % (b64(g, 32), g.r.randint(2, 250)) for _ in range(2))


@kind("public_key_or_certificate", "x509_csr_pem_block")
def _(g):
    return "-----BEGIN CERTIFICATE REQUEST-----\n%s\n-----END CERTIFICATE REQUEST-----\n" % lines("MIIC" + b64(g, 300))


@kind("public_key_or_certificate", "known_hosts_ed25519_lines")
def _(g):
    return "".join("%s.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s\n" % (g.word(NAMES), b64(g, 33)[:43]) for _ in range(2))


@kind("public_key_or_certificate", "dkim_dns_txt_record")
def _(g):
    return "s%d._domainkey.example.net. 3600 IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s\"\n" % (g.r.randint(1, 9), b64(g, 180))


# ---- publishable_client_key
@kind("publishable_client_key", "google_maps_js_api_key_script")
def _(g):
    return "<!-- browser key, restricted to https://www.example.net/* referrers -->\n<script async src=\"https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initMap\"></script>\n" % g.s(ALNUM + "_-", 35)


@kind("publishable_client_key", "sentry_browser_dsn_init")
def _(g):
    return "Sentry.init({\n  dsn: \"https://%s@o%d.ingest.sentry.io/%d\",\n  tracesSampleRate: 0.1,\n});\n" % (g.hexs(32), g.r.randint(10000, 999999), g.r.randint(1000000, 9999999))


@kind("publishable_client_key", "recaptcha_v3_site_key_script")
def _(g):
    return "<script src=\"https://www.google.com/recaptcha/api.js?render=6L%s\"></script>\n" % g.s(ALNUM + "_-", 38)


@kind("publishable_client_key", "braintree_tokenization_key_dropin")
def _(g):
    return "braintree.dropin.create({\n  authorization: 'production_%s_%s',\n  container: '#dropin-container'\n});\n" % (g.s(LOWER + DIG, 8), g.s(LOWER + DIG, 16))


@kind("publishable_client_key", "launchdarkly_client_side_id_init")
def _(g):
    return "const client = LDClient.initialize('%s', { kind: 'user', key: 'anon' });\n// client-side ID, safe to ship in the bundle\n" % g.hexs(24)


# ---- secret_store_reference
@kind("secret_store_reference", "kubernetes_secretkeyref_env")
def _(g):
    return "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: %s-db\n        key: password\n" % g.word(NAMES)


@kind("secret_store_reference", "onepassword_op_uri_env_file")
def _(g):
    return "# resolved by `op run --env-file=.env.tpl`\nDB_PASSWORD=op://%s/postgres-prod/password\nSTRIPE_SECRET_KEY=op://%s/stripe/credential\n" % ((g.word(["Engineering", "Platform", "Ops"]),) * 2)


@kind("secret_store_reference", "vault_agent_template_ctmpl")
def _(g):
    return "{{ with secret \"kv/data/%s/db\" }}\nDB_PASSWORD={{ .Data.data.password }}\n{{ end }}\n" % g.word(NAMES)


@kind("secret_store_reference", "infisical_run_command_ref")
def _(g):
    return "$ infisical run --env=%s --path=/api -- npm start\n" % g.word(["prod", "staging", "dev"])


@kind("secret_store_reference", "systemd_load_credential_directive")
def _(g):
    return "[Service]\nExecStart=/usr/local/bin/%s-api\nLoadCredential=dbpass:/etc/credstore/%s-dbpass\n" % ((g.word(NAMES),) * 2)


# ---- test_fixture_fake_credential
@kind("test_fixture_fake_credential", "rspec_let_fake_api_key")
def _(g):
    return "let(:api_key) { 'fake-api-key-for-specs-%d' }\nlet(:client) { Acme::Client.new(api_key: api_key) }\n" % g.r.randint(1, 999)


@kind("test_fixture_fake_credential", "pytest_fixture_dummy_password")
def _(g):
    return "@pytest.fixture\ndef user(db):\n    return User.objects.create_user('u%d', password='dummy-password')\n" % g.r.randint(1, 999)


@kind("test_fixture_fake_credential", "msw_handler_fake_token")
def _(g):
    return "http.post('/api/login', () => HttpResponse.json({ token: 'mock-jwt-token-%d' }))\n" % g.r.randint(1, 999)


@kind("test_fixture_fake_credential", "cypress_env_fixture_test_user")
def _(g):
    return "{\n  \"username\": \"cypress-user-%d\",\n  \"password\": \"cypress-test-password\"\n}\n" % g.r.randint(1, 999)


@kind("test_fixture_fake_credential", "go_httptest_fake_authorization")
def _(g):
    return "req := httptest.NewRequest(\"GET\", \"/v1/me\", nil)\nreq.Header.Set(\"Authorization\", \"Bearer test-token-%d\")\n" % g.r.randint(1, 999)


# ---- url_or_anchor_lookalike
@kind("url_or_anchor_lookalike", "google_drive_file_links")
def _(g):
    return "".join("https://drive.google.com/file/d/1%s/view?usp=sharing\n" % g.s(ALNUM + "_-", 32) for _ in range(2))


@kind("url_or_anchor_lookalike", "spotify_track_share_links")
def _(g):
    return "".join("https://open.spotify.com/track/%s?si=%s\n" % (g.s(ALNUM, 22), g.hexs(16)) for _ in range(2))


@kind("url_or_anchor_lookalike", "confluence_tiny_links")
def _(g):
    return "".join("see https://wiki.example.net/x/%s\n" % g.s(ALNUM, 6) for _ in range(3))


@kind("url_or_anchor_lookalike", "gist_revision_urls")
def _(g):
    return "https://gist.github.com/%s/%s/%s\n" % (g.word(NAMES), g.hexs(32), g.hexs(40))


@kind("url_or_anchor_lookalike", "loom_video_share_urls")
def _(g):
    return "".join("walkthrough: https://www.loom.com/share/%s\n" % g.hexs(32) for _ in range(2))


# ---- version_or_build_string
@kind("version_or_build_string", "docker_version_output")
def _(g):
    return "Client: Docker Engine - Community\n Version:           26.1.%d\n API version:       1.45\n Go version:        go1.21.10\n Git commit:        %s\n Built:             Thu May 16 08:33:34 2024\n" % (g.r.randint(0, 9), g.hexs(7))


@kind("version_or_build_string", "chrome_about_version_page")
def _(g):
    return "Google Chrome\t125.0.%d.%d (Official Build) (64-bit)\nRevision\t%s-refs/branch-heads/%d@{#%d}\n" % (g.r.randint(6000, 6500), g.r.randint(10, 200), g.hexs(40), g.r.randint(6000, 6500), g.r.randint(100, 2000))


@kind("version_or_build_string", "go_version_m_buildinfo")
def _(g):
    return "$ go version -m ./bin/api\n./bin/api: go1.22.%d\n\tpath\texample.net/api\n\tbuild\tvcs=git\n\tbuild\tvcs.revision=%s\n\tbuild\tvcs.modified=false\n" % (g.r.randint(0, 9), g.hexs(40))


@kind("version_or_build_string", "nodejs_process_versions_dump")
def _(g):
    return "> process.versions\n{ node: '20.%d.0', v8: '11.3.244.8-node.%d', uv: '1.46.0', zlib: '1.3.0.1-motley-%s', openssl: '3.0.13+quic' }\n" % (g.r.randint(1, 18), g.r.randint(1, 30), g.hexs(7))


@kind("version_or_build_string", "router_firmware_version_strings")
def _(g):
    return "Firmware Version: V1.0.%d.%d_10.2.%d build %d\nHardware Version: R7000 v%d\n" % (g.r.randint(1, 12), g.r.randint(1, 99), g.r.randint(1, 99), g.r.randint(230101, 241231), g.r.randint(1, 3))


WRAPPERS = {
    "in_gitlab_mr_discussion": lambda t: "**@reviewer** commented on the diff:\n\n> Is this safe to commit?\n\n```\n" + t + "```\n\nLooks fine to me, nothing sensitive here.\n",
    "in_docusaurus_admonition": lambda t: ":::info Example output\n\n```text\n" + t + "```\n\n:::\n",
}


# ---- vendor_documentation_value (recomputed where computable)
def _jwtio():
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}, separators=(",", ":")).encode())
    sig = b64url(hmac.new(b"your-256-bit-secret", (h + "." + p).encode(), hashlib.sha256).digest())
    return h + "." + p + "." + sig


RECOMPUTED = {
    "rfc4231_hmac_sha256_case2": (lambda: hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest(),
                                  "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    "rfc3962_pbkdf2_athena_raeburn": (lambda: hashlib.pbkdf2_hmac("sha1", b"password", b"ATHENA.MIT.EDUraeburn", 1, 16).hex(),
                                      "cdedb5281bb2f801565a1122b2563515"),
    "jwtio_default_hs256_example": (lambda: _jwtio().rsplit(".", 1)[1], "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
}

DOCS = {
    "rfc4231_hmac_sha256_case2": (["Jefe", "what do ya want for nothing?"], lambda: "RFC 4231 test case 2 (HMAC-SHA-256):\n  Key  = 4a656665 (\"Jefe\")\n  Data = \"what do ya want for nothing?\"\n  HMAC-SHA-256 = %s\n" % RECOMPUTED["rfc4231_hmac_sha256_case2"][0]()),
    "rfc3962_pbkdf2_athena_raeburn": (["ATHENA.MIT.EDUraeburn"], lambda: "RFC 3962 appendix B, iteration count 1:\n  pass phrase = \"password\"\n  salt = \"ATHENA.MIT.EDUraeburn\"\n  128-bit PBKDF2 output: %s\n" % RECOMPUTED["rfc3962_pbkdf2_athena_raeburn"][0]()),
    "aws_docs_example_access_key_pair": (["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"], lambda: "From the AWS CLI docs (example values only):\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"),
    "stripe_docs_sk_test_sample_key": (["sk_test_4eC39HqLyjWDarjtT1zdp7dc"], lambda: "Stripe API reference sample request:\ncurl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:\n"),
    "jwtio_default_hs256_example": (["your-256-bit-secret"], lambda: "jwt.io default example (secret \"your-256-bit-secret\"):\n%s\n" % _jwtio()),
    "airflow_compose_default_airflow_login": (["_AIRFLOW_WWW_USER_PASSWORD"], lambda: "Airflow docker-compose quick start: the default account has the login airflow and the password airflow.\n  _AIRFLOW_WWW_USER_USERNAME: ${_AIRFLOW_WWW_USER_USERNAME:-airflow}\n  _AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}\n"),
    "pgadmin_docs_supersecret": (["SuperSecret"], lambda: "pgAdmin container docs:\ndocker run -p 80:80 -e 'PGADMIN_DEFAULT_EMAIL=user@domain.com' -e 'PGADMIN_DEFAULT_PASSWORD=SuperSecret' -d dpage/pgadmin4\n"),
    "mongo_image_docs_mongoadmin_secret": (["mongoadmin"], lambda: "Docker Hub mongo image docs:\ndocker run -d --name some-mongo -e MONGO_INITDB_ROOT_USERNAME=mongoadmin -e MONGO_INITDB_ROOT_PASSWORD=secret mongo\n"),
    "elastic_docs_changeme_bootstrap": (["changeme"], lambda: "Older Elastic docs: the built-in elastic user started with the password changeme until you set ELASTIC_PASSWORD.\n"),
}


def build(used):
    rng = random.Random(SEED)
    g = Gen(rng, used)
    recs = []
    for name in sorted(K):
        cls, f = K[name]
        recs.append((cls, name, f(g)))
        for w in sorted(WRAPPERS):
            recs.append((cls, name + "__" + w, WRAPPERS[w](f(g))))
    for name in sorted(DOCS):
        recs.append(("vendor_documentation_value", name, DOCS[name][1]()))
    return recs
