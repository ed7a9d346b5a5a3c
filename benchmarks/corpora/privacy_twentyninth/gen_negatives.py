"""Hard negatives: things that look like secrets but are not. Every container kind is new."""
import base64, hashlib, hmac, json, random, string
from common import rs, ALNUM, HEX, B64, URLSAFE, LOWER_ALNUM
SEED = 29006
U = string.ascii_uppercase
def uuid(r):
    h = rs(r, HEX, 32); return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}'
def b64(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()

K = {}
def kind(cls, name):
    def deco(f):
        K[name] = (cls, f); return f
    return deco

# base64_non_secret_payload
@kind('base64_non_secret_payload', 'har_response_body_base64')
def _(r): return '{"response": {"status": 200, "content": {"mimeType": "application/json", "encoding": "base64", "text": "' + base64.b64encode(json.dumps({'items': [r.randint(1, 999) for _ in range(8)], 'page': r.randint(1, 9)}).encode()).decode() + '"}}}\n'
@kind('base64_non_secret_payload', 'apple_plist_data_element')
def _(r): return '<key>PayloadContent</key>\n<data>\n' + b64(r, 48) + '\n</data>\n<key>PayloadDisplayName</key>\n<string>Office Wi-Fi profile icon</string>\n'
@kind('base64_non_secret_payload', 'kafka_rest_record_value_base64')
def _(r): return 'POST /topics/orders HTTP/1.1\nContent-Type: application/vnd.kafka.binary.v2+json\n\n{"records": [{"value": "' + base64.b64encode(f'order-{r.randint(1000, 9999)} shipped to depot {r.randint(1, 40)}'.encode()).decode() + '"}]}\n'
@kind('base64_non_secret_payload', 'gltf_buffer_data_uri')
def _(r): return '{"buffers": [{"byteLength": 36, "uri": "data:application/octet-stream;base64,' + b64(r, 36) + '"}]}\n'
# ciphertext_or_sealed_value
@kind('ciphertext_or_sealed_value', 'sealed_secrets_encrypteddata_yaml')
def _(r): return 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db-creds\nspec:\n  encryptedData:\n    password: AgB' + b64(r, 180).replace('=', '') + '\n'
@kind('ciphertext_or_sealed_value', 'rails_credentials_yml_enc_blob')
def _(r): return '$ cat config/credentials.yml.enc\n' + b64(r, 90) + '--' + b64(r, 12) + '--' + b64(r, 16) + '\n'
@kind('ciphertext_or_sealed_value', 'chef_encrypted_data_bag_item')
def _(r): return '{"id": "mysql", "password": {"encrypted_data": "' + b64(r, 48) + '", "iv": "' + b64(r, 12) + '", "auth_tag": "' + b64(r, 16) + '", "version": 3, "cipher": "aes-256-gcm"}}\n'
@kind('ciphertext_or_sealed_value', 'dotenv_vault_ciphertext_line')
def _(r): return '# .env.vault (generated, key lives in DOTENV_KEY elsewhere)\nDOTENV_VAULT_PRODUCTION="' + b64(r, 120) + '"\n'
# code_identifier_lookalike
@kind('code_identifier_lookalike', 'android_strings_xml_password_labels')
def _(r): return '<resources>\n    <string name="prompt_password">Password</string>\n    <string name="error_invalid_password">Password must be at least %d characters</string>\n    <string name="action_reset_password_%d">Reset password</string>\n</resources>\n' % (r.randint(8, 14), r.randint(1, 9))
@kind('code_identifier_lookalike', 'go_env_var_name_constants')
def _(r): return 'const (\n\tEnvAPIKey      = "API_KEY"\n\tEnvDBPassword  = "DB_PASSWORD"\n\tEnvJWTSecret   = "JWT_SECRET"\n\tdefaultTimeout = %d\n)\n' % r.randint(5, 60)
@kind('code_identifier_lookalike', 'redux_password_action_types')
def _(r): return "export const PASSWORD_RESET_REQUESTED = 'auth/passwordResetRequested';\nexport const TOKEN_REFRESH_FAILED = 'auth/tokenRefreshFailed';\nexport const SECRET_ROTATION_STEP = %d;\n" % r.randint(1, 5)
@kind('code_identifier_lookalike', 'json_schema_credential_properties')
def _(r): return '{"type": "object", "properties": {"apiKey": {"type": "string", "minLength": %d}, "clientSecret": {"type": "string", "writeOnly": true}}, "required": ["apiKey"]}\n' % r.randint(16, 64)
# digest_or_checksum
@kind('digest_or_checksum', 'nix_store_path_listing')
def _(r): return '\n'.join('/nix/store/' + rs(r, '0123456789abcdfghijklmnpqrsvwxyz', 32) + '-' + p for p in ['openssl-3.0.13', 'curl-8.6.0', 'python3-3.11.8']) + '\n'
@kind('digest_or_checksum', 'homebrew_formula_bottle_sha256')
def _(r): return 'bottle do\n  sha256 cellar: :any, arm64_sonoma: "' + rs(r, HEX, 64) + '"\n  sha256 cellar: :any, x86_64_linux: "' + rs(r, HEX, 64) + '"\nend\n'
@kind('digest_or_checksum', 'debian_inrelease_sha256_section')
def _(r): return 'SHA256:\n ' + rs(r, HEX, 64) + ' %d main/binary-amd64/Packages\n ' % r.randint(10**6, 10**7) + rs(r, HEX, 64) + ' %d main/binary-amd64/Packages.xz\n' % r.randint(10**5, 10**6)
@kind('digest_or_checksum', 'bazel_http_archive_sha256_attr')
def _(r): return 'http_archive(\n    name = "rules_go",\n    sha256 = "' + rs(r, HEX, 64) + '",\n    urls = ["https://github.com/bazelbuild/rules_go/releases/download/v0.%d.0/rules_go.zip"],\n)\n' % r.randint(40, 50)
# license_or_serial_identifier
def orcid(r):
    base = [r.randint(0, 9) for _ in range(15)]; tot = 0
    for d in base: tot = (tot + d) * 2
    c = (12 - tot % 11) % 11; s = ''.join(map(str, base)) + ('X' if c == 10 else str(c))
    return '-'.join(s[i:i + 4] for i in range(0, 16, 4))
@kind('license_or_serial_identifier', 'orcid_researcher_ids')
def _(r): return 'name,orcid\n' + '\n'.join(f'{n},https://orcid.org/{orcid(r)}' for n in ['A. Lindqvist', 'M. Okafor', 'J. Tanaka']) + '\n'
@kind('license_or_serial_identifier', 'doi_citation_list')
def _(r): return '\n'.join(f'[{i}] https://doi.org/10.{r.randint(1000, 9999)}/{rs(r, LOWER_ALNUM, 4)}.{r.randint(2015, 2026)}.{r.randint(100, 99999)}' for i in range(1, 4)) + '\n'
@kind('license_or_serial_identifier', 'eu_vat_numbers_csv')
def _(r): return 'supplier,vat\nAcme GmbH,DE%d\nBoulangerie SARL,FR%s%d\nHout BV,NL%dB%02d\n' % (r.randint(10**8, 10**9 - 1), rs(r, U, 2), r.randint(10**8, 10**9 - 1), r.randint(10**8, 10**9 - 1), r.randint(1, 99))
def aba(r):
    d = [r.randint(0, 9) for _ in range(8)]; w = [3, 7, 1, 3, 7, 1, 3, 7]
    return ''.join(map(str, d)) + str((10 - sum(a * b for a, b in zip(d, w)) % 10) % 10)
@kind('license_or_serial_identifier', 'aba_routing_numbers_list')
def _(r): return 'Bank routing numbers for vendor payouts:\n' + '\n'.join(f'- {b}: {aba(r)}' for b in ['First Valley', 'Harbor Credit Union', 'Plains National']) + '\n'
# masked_partial_value
@kind('masked_partial_value', 'terraform_plan_sensitive_markers')
def _(r): return '  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n      ~ password = (sensitive value)\n        id       = "db-%s"\n    }\n' % rs(r, U + string.digits, 10)
@kind('masked_partial_value', 'kubectl_describe_secret_byte_counts')
def _(r): return 'Name:         api-creds\nType:  Opaque\n\nData\n====\npassword:  %d bytes\napi-key:   %d bytes\n' % (r.randint(12, 32), r.randint(32, 64))
@kind('masked_partial_value', 'travis_build_log_secure_markers')
def _(r): return 'Setting environment variables from repository settings\n$ export API_TOKEN=[secure]\n$ export DB_PASSWORD=[secure]\nBuild #%d started\n' % r.randint(100, 9999)
@kind('masked_partial_value', 'onepassword_item_get_concealed')
def _(r): return "$ op item get 'Prod DB'\nID:          %s\nFields:\n  username:    app\n  password:    [use 'op item get %s --reveal' to reveal]\n" % ((rs(r, LOWER_ALNUM, 26),) * 2)
# opaque_random_identifier
@kind('opaque_random_identifier', 'kubernetes_pod_uid_listing')
def _(r): return 'NAME                    UID\n' + '\n'.join(f'api-{rs(r, LOWER_ALNUM, 5)}               {uuid(r)}' for _ in range(3)) + '\n'
@kind('opaque_random_identifier', 'firebase_push_ids_json')
def _(r): return '{"messages": {' + ', '.join(f'"-N{rs(r, URLSAFE, 18)}": {{"text": "hi {i}"}}' for i in range(3)) + '}}\n'
@kind('opaque_random_identifier', 'nanoid_slug_ids_csv')
def _(r): return 'id,title\n' + '\n'.join(f'{rs(r, URLSAFE, 21)},Post {i}' for i in range(3)) + '\n'
@kind('opaque_random_identifier', 'cuid2_record_ids_log')
def _(r): return '\n'.join(f'created invoice id={rs(r, string.ascii_lowercase, 1)}{rs(r, LOWER_ALNUM, 23)} amount={r.randint(5, 900)}' for _ in range(3)) + '\n'
# password_prose_no_value
@kind('password_prose_no_value', 'bank_phishing_warning_notice')
def _(r): return 'Reminder from your bank: we will never ask for your password or a one-time code by SMS or phone. If someone does, hang up and call the number on your card. Ref %d.\n' % r.randint(100, 999)
@kind('password_prose_no_value', 'hoa_minutes_wifi_change_note')
def _(r): return 'Minutes, residents meeting %d: the clubhouse Wi-Fi password was changed after the party; ask the office for the new one, it will not be posted on the board.\n' % r.randint(1, 28)
@kind('password_prose_no_value', 'onboarding_wiki_secrets_policy')
def _(r): return 'Onboarding, step %d: never put API keys or passwords in tickets or chat. Request access through the secrets manager and rotate any credential you pasted by mistake.\n' % r.randint(3, 9)
@kind('password_prose_no_value', 'forum_thread_forgot_password_help')
def _(r): return 'Re: locked out after update\nUse the reset link on the login page; support can not see or send your password. Took me %d minutes, worked fine.\n' % r.randint(2, 20)
# placeholder_or_redacted
@kind('placeholder_or_redacted', 'compose_required_var_interpolation')
def _(r): return 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}\n      PGPORT: "%d"\n' % r.choice([5432, 5433, 6543])
@kind('placeholder_or_redacted', 'openapi_spec_example_placeholders')
def _(r): return 'components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n      x-example: YOUR_API_KEY_HERE\n# spec rev %d\n' % r.randint(1, 50)
@kind('placeholder_or_redacted', 'mustache_config_template_tags')
def _(r): return 'database:\n  user: {{ db_user }}\n  password: {{ db_password }}\napi_token: {{ api_token }}\nworkers: %d\n' % r.randint(2, 16)
@kind('placeholder_or_redacted', 'cookiecutter_json_placeholder_defaults')
def _(r): return '{"project_slug": "svc-%s", "admin_password": "<set-me-before-deploy>", "stripe_key": "sk_live_<fill in>"}\n' % rs(r, string.ascii_lowercase, 5)
# public_key_or_certificate
@kind('public_key_or_certificate', 'saml_idp_metadata_x509_cert')
def _(r): return '<md:KeyDescriptor use="signing">\n  <ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIC' + b64(r, 420).replace('=', '') + '</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n</md:KeyDescriptor>\n'
@kind('public_key_or_certificate', 'nostr_npub_public_keys')
def _(r): return 'Follow us on nostr:\n' + '\n'.join('npub1' + rs(r, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58) for _ in range(2)) + '\n'
@kind('public_key_or_certificate', 'ct_log_public_key_base64')
def _(r): return '{"description": "Example CT log %d", "key": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' % r.randint(2025, 2027) + b64(r, 64) + '", "url": "https://ct.log.example/"}\n'
@kind('public_key_or_certificate', 'tuf_root_json_public_keys')
def _(r): return '{"signed": {"_type": "root", "keys": {"' + rs(r, HEX, 64) + '": {"keytype": "ed25519", "scheme": "ed25519", "keyval": {"public": "' + rs(r, HEX, 64) + '"}}}}}\n'
# publishable_client_key
@kind('publishable_client_key', 'algolia_search_only_instantsearch')
def _(r): return "const searchClient = algoliasearch('%s', '%s'); // search-only key, safe in the browser\n" % (rs(r, U + string.digits, 10), rs(r, HEX, 32))
@kind('publishable_client_key', 'supabase_anon_key_client_init')
def _(r):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip('=')
    p = base64.urlsafe_b64encode(json.dumps({'iss': 'supabase', 'ref': rs(r, string.ascii_lowercase, 20), 'role': 'anon'}).encode()).decode().rstrip('=')
    return "// anon key is public by design (RLS protects the data)\nconst supabase = createClient('https://%s.supabase.co', '%s.%s.%s')\n" % (rs(r, string.ascii_lowercase, 20), h, p, rs(r, URLSAFE, 43))
@kind('publishable_client_key', 'clerk_publishable_key_provider')
def _(r): return '<ClerkProvider publishableKey="pk_live_%s">\n' % base64.b64encode(f'clerk.{rs(r, string.ascii_lowercase, 8)}.example$'.encode()).decode().rstrip('=')
@kind('publishable_client_key', 'onesignal_web_app_id_init')
def _(r): return 'OneSignal.init({ appId: "%s", allowLocalhostAsSecureOrigin: true });\n' % uuid(r)
# secret_store_reference
@kind('secret_store_reference', 'serverless_ssm_variable_refs')
def _(r): return 'provider:\n  environment:\n    DB_PASSWORD: ${ssm:/app/prod/db-password}\n    STRIPE_KEY: ${ssm:/app/prod/stripe-key-v%d}\n' % r.randint(1, 9)
@kind('secret_store_reference', 'password_store_pass_show_calls')
def _(r): return 'export DB_PASSWORD="$(pass show work/db/prod-%d)"\nexport API_TOKEN="$(pass show work/api/token)"\n' % r.randint(1, 9)
@kind('secret_store_reference', 'bws_secret_get_by_id')
def _(r): return '$ export API_KEY=$(bws secret get %s | jq -r .value)\n' % uuid(r)
@kind('secret_store_reference', 'docker_swarm_secret_file_paths')
def _(r): return 'environment:\n  POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n  API_KEY_FILE: /run/secrets/api_key_%d\n' % r.randint(1, 9)
# test_fixture_fake_credential
@kind('test_fixture_fake_credential', 'jasmine_spy_fake_token')
def _(r): return "spyOn(auth, 'getToken').and.returnValue('fake-jasmine-token-%d');\n" % r.randint(1, 999)
@kind('test_fixture_fake_credential', 'go_testdata_fake_config_json')
def _(r): return '// testdata/config.json\n{"api_key": "testdata-not-a-key-%d", "db_password": "testdata-password"}\n' % r.randint(1, 999)
@kind('test_fixture_fake_credential', 'junit_csvsource_dummy_passwords')
def _(r): return '@ParameterizedTest\n@CsvSource({"alice, dummy-junit-pass-%d", "bob, dummy-junit-pass-%d"})\nvoid rejectsWeak(String user, String pw) {}\n' % (r.randint(1, 99), r.randint(100, 199))
@kind('test_fixture_fake_credential', 'seed_script_demo_accounts_fake')
def _(r): return "# demo data only\nUser.create!(email: 'demo%d@example.com', password: 'demo-password-not-real')\n" % r.randint(1, 99)
# url_or_anchor_lookalike
@kind('url_or_anchor_lookalike', 'codepen_pen_urls')
def _(r): return '\n'.join(f'https://codepen.io/{u}/pen/{rs(r, ALNUM, 7)}' for u in ['lena', 'ops-team']) + '\n'
@kind('url_or_anchor_lookalike', 'amazon_product_dp_links')
def _(r): return '\n'.join(f'https://www.amazon.example/dp/B0{rs(r, U + string.digits, 8)}' for _ in range(3)) + '\n'
@kind('url_or_anchor_lookalike', 'arxiv_abs_links')
def _(r): return '\n'.join(f'https://arxiv.org/abs/{r.randint(2001, 2512)}.{r.randint(10000, 19999)}v{r.randint(1, 3)}' for _ in range(3)) + '\n'
@kind('url_or_anchor_lookalike', 'npm_package_tarball_urls')
def _(r): return '\n'.join(f'https://registry.npmjs.org/{p}/-/{p}-{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}.tgz' for p in ['left-pad', 'chalk', 'debug']) + '\n'
# version_or_build_string
@kind('version_or_build_string', 'kubectl_version_output')
def _(r): return 'Client Version: v1.%d.%d\nKustomize Version: v5.0.4\nServer Version: v1.%d.%d-eks-%s\n' % (r.randint(27, 31), r.randint(0, 9), r.randint(27, 31), r.randint(0, 9), rs(r, HEX, 7))
@kind('version_or_build_string', 'openssl_version_a_output')
def _(r): return 'OpenSSL 3.%d.%d %d Jan 2026 (Library: OpenSSL 3.%d.%d)\nbuilt on: %s UTC\nplatform: linux-x86_64\n' % (r.randint(0, 5), r.randint(0, 15), r.randint(1, 28), r.randint(0, 5), r.randint(0, 15), 'Mon Jan 12 10:00:00 2026')
@kind('version_or_build_string', 'gcc_version_banner')
def _(r): return 'gcc (GCC) %d.%d.%d 2025%02d%02d (Red Hat %d.%d.%d-%d)\nCopyright (C) 2025 Free Software Foundation, Inc.\n' % (r.randint(11, 15), r.randint(1, 3), r.randint(0, 1), r.randint(1, 12), r.randint(1, 28), 14, 2, 1, r.randint(1, 9))
@kind('version_or_build_string', 'ios_build_number_list')
def _(r): return 'iOS builds seen in crash reports:\n' + '\n'.join(f'- 18.{r.randint(0, 6)} ({r.randint(22, 23)}{r.choice(U)}{r.randint(5, 99)}{r.choice(["", "a"])})' for _ in range(3)) + '\n'

WRAPPERS = {
 'in_email_reply_quote': lambda t: 'On Tue, Maria wrote:\n' + ''.join('> ' + l + '\n' for l in t.rstrip('\n').split('\n')) + '\nThanks, looks fine.\n',
 'in_asciidoc_listing_block': lambda t: '.Example from the runbook\n----\n' + t + '----\n',
}

# Documentation values (only in negatives); computable ones recomputed by checks
def scram_proof():
    salted = hashlib.pbkdf2_hmac('sha1', b'pencil', base64.b64decode('QSXCR+Q6sek8bf92'), 4096)
    ck = hmac.new(salted, b'Client Key', 'sha1').digest(); sk = hashlib.sha1(ck).digest()
    am = b'n=user,r=fyko+d2lbbFgONRv9qkxdawL,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096,c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j'
    sig = hmac.new(sk, am, 'sha1').digest()
    return base64.b64encode(bytes(a ^ b for a, b in zip(ck, sig))).decode()
DOCS = {
 'rfc2202_hmac_sha1_jefe_case2': ('Jefe', 'RFC 2202 test case 2: key = "Jefe", data = "what do ya want for nothing?", HMAC-SHA-1 = effcdf6ae5eb2fa2d27416d5f184df9c259a7c79\n',
     lambda: hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha1').hexdigest(), 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79'),
 'rfc7914_scrypt_nacl_vector': ('NaCl', 'RFC 7914 scrypt test vector: P="password", S="NaCl", N=1024, r=8, p=16, dkLen=64 gives fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640\n',
     lambda: hashlib.scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16, dklen=64).hex(), 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640'),
 'rfc5802_scram_sha1_pencil_example': ('pencil', 'RFC 5802 example exchange (user "user", password "pencil"): c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=\n',
     scram_proof, 'v0X8v3Bz2T0CJGbJQyF0X+HI4Ts='),
 'mysql_image_docs_my_secret_pw': ('my-secret-pw', 'From the mysql image docs: docker run --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:tag\n', None, None),
 'postgres_image_docs_mysecretpassword': ('mysecretpassword', 'From the postgres image docs: docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres\n', None, None),
 'docker_registry_docs_testuser_testpassword': ('testpassword', 'Registry deployment guide: htpasswd -Bbn testuser testpassword > auth/htpasswd\n', None, None),
}

def records():
    rng = random.Random(SEED)
    out = []
    for name in K:
        cls, f = K[name]
        out.append({'class': cls, 'container': name, 'text': f(rng), 'source': 'negative'})
        for w in sorted(WRAPPERS):
            out.append({'class': cls, 'container': f'{name}__{w}', 'text': WRAPPERS[w](f(rng)), 'source': 'negative'})
    for name in sorted(DOCS):
        out.append({'class': 'vendor_documentation_value', 'container': name, 'text': DOCS[name][1], 'source': 'negative'})
    return out
