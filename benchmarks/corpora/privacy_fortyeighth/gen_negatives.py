import random, base64, hashlib, hmac, struct, uuid as _u
from common import *
def uid(r): return str(_u.UUID(int=r.getrandbits(128), version=4))
def rb(r, n): return bytes(r.getrandbits(8) for _ in range(n))
def ed25519(r):
    blob = struct.pack('>I', 11) + b'ssh-ed25519' + struct.pack('>I', 32) + rb(r, 32)
    return 'ssh-ed25519 ' + base64.b64encode(blob).decode() + ' dev@laptop-' + rs(r, LOWER_ALNUM, 4)
BASE = {
 'public_key_or_certificate': [
  ('authorized_keys_ed25519_lines', lambda r: '# ~/.ssh/authorized_keys on build-01\n' + ed25519(r) + '\n' + ed25519(r) + '\n'),
  ('pgp_public_key_armor_excerpt', lambda r: '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n' + '\n'.join(base64.b64encode(rb(r, 48)).decode() for _ in range(4)) + '\n-----END PGP PUBLIC KEY BLOCK-----\n')],
 'placeholder_or_redacted': [
  ('dotenv_example_angle_placeholders', lambda r: '# copy to .env and fill in\nSTRIPE_SECRET_KEY=<your-stripe-secret-key>\nDB_PASSWORD=<set-me-%s>\nGITHUB_TOKEN=\n' % rs(r, LOWER_ALNUM, 3)),
  ('helm_values_changeme_defaults', lambda r: 'auth:\n  password: "changeme"\n  existingSecret: "%s-db"\n  apiKey: "REPLACE_ME"\n' % rs(r, 'abcdefghij', 5))],
 'digest_or_checksum': [
  ('go_sum_module_hashes', lambda r: '\n'.join('github.com/%s/%s v1.%d.0 h1:%s' % (rs(r, 'abcdefgh', 5), rs(r, 'mnopqrst', 4), r.randint(0, 20), base64.b64encode(rb(r, 32)).decode()) for _ in range(3)) + '\n'),
  ('release_sha256sums_file', lambda r: '\n'.join('%s  cli_%s_%s.tar.gz' % (hashlib.sha256(rb(r, 16)).hexdigest(), v, a) for v, a in [('2.3.%d' % r.randint(0, 9), 'linux_amd64'), ('2.3.1', 'darwin_arm64')]) + '\n')],
 'password_hash_not_plaintext': [
  ('htpasswd_bcrypt_entries', lambda r: 'preview:$2y$10$' + rs(r, ALNUM + './', 53) + '\nqa:$2y$10$' + rs(r, ALNUM + './', 53) + '\n'),
  ('django_pbkdf2_fixture_row', lambda r: '{"model": "auth.user", "pk": %d, "fields": {"username": "demo", "password": "pbkdf2_sha256$870000$%s$%s="}}\n' % (r.randint(1, 99), rs(r, ALNUM, 22), base64.b64encode(rb(r, 32)).decode()[:43]))],
 'masked_partial_value': [
  ('token_settings_list_last_four', lambda r: 'Personal access tokens\n  ci-release   ghp_••••••••%s   expires in 23 days\n  laptop       ghp_••••••••%s   never used\n' % (rs(r, ALNUM, 4), rs(r, ALNUM, 4))),
  ('ci_masked_variable_echo', lambda r: '$ echo "deploying with $DEPLOY_TOKEN"\ndeploying with [MASKED]\n$ curl -H "Authorization: Bearer ****" https://api.dev.example/%s\n' % rs(r, LOWER_ALNUM, 6))],
 'ciphertext_or_sealed_value': [
  ('sealed_secret_encrypted_data', lambda r: 'spec:\n  encryptedData:\n    password: Ag' + base64.b64encode(rb(r, 180)).decode() + '\n'),
  ('rails_credentials_enc_blob', lambda r: '# config/credentials.yml.enc\n' + base64.b64encode(rb(r, 90)).decode() + '--' + base64.b64encode(rb(r, 12)).decode() + '--' + base64.b64encode(rb(r, 16)).decode() + '\n')],
 'uuid_or_request_identifier': [
  ('api_response_request_id_headers', lambda r: 'HTTP/2 500\nx-request-id: %s\nx-amzn-trace-id: Root=1-%s-%s\n' % (uid(r), rs(r, HEX, 8), rs(r, HEX, 24))),
  ('w3c_traceparent_log_values', lambda r: 'traceparent=00-%s-%s-01 span=db.query\ntraceparent=00-%s-%s-01 span=http.get\n' % (rs(r, HEX, 32), rs(r, HEX, 16), rs(r, HEX, 32), rs(r, HEX, 16)))],
 'code_identifier_lookalike': [
  ('env_var_names_without_values', lambda r: 'Required variables (set in the CI settings, never here):\n- STRIPE_SECRET_KEY\n- GITHUB_TOKEN\n- DB_PASSWORD_%s\n' % rs(r, 'ABCDEF', 3)),
  ('css_module_hashed_classnames', lambda r: '<button class="Button_primary__%s Button_large__%s">Save</button>\n' % (rs(r, ALNUM, 5), rs(r, ALNUM, 5)))],
 'password_prose_no_value': [
  ('review_password_policy_comment', lambda r: 'Reviewer: please don\'t log the password here (line %d); read it from the secret manager and rotate the old one after merge.\n' % r.randint(10, 300)),
  ('postmortem_rotation_paragraph', lambda r: 'Postmortem INC-%d: a database password was printed in a CI log. We rotated the credential within 40 minutes and added log masking.\n' % r.randint(100, 999))],
 'test_fixture_fake_credential': [
  ('jest_mock_env_fixture', lambda r: "process.env.API_TOKEN = 'test-token';\nprocess.env.DB_PASSWORD = 'not-a-real-password-%d';\n" % r.randint(1, 99)),
  ('rspec_factory_fake_password', lambda r: "factory :user do\n  email { 'user%d@example.test' }\n  password { 'password123' }\nend\n" % r.randint(1, 999))],
 'version_or_build_string': [
  ('go_mod_pseudo_versions', lambda r: 'require (\n\tgolang.org/x/%s v0.0.0-2024%02d%02d%06d-%s\n)\n' % (rs(r, 'abcdefg', 4), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959), rs(r, HEX, 12))),
  ('npm_outdated_table', lambda r: 'Package     Current  Wanted  Latest\nreact       18.2.0   18.3.1  19.0.%d\ntypescript  5.4.5    5.4.5   5.7.%d\n' % (r.randint(0, 9), r.randint(0, 9)))],
 'secret_store_reference': [
  ('workflow_secrets_expression', lambda r: '      - run: ./deploy.sh\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN_%s }}\n' % rs(r, 'ABCDEFG', 3)),
  ('ssm_parameter_reference', lambda r: 'DB_PASSWORD: "{{resolve:ssm-secure:/dev/%s/db-password:%d}}"\n' % (rs(r, 'abcdefg', 5), r.randint(1, 9)))],
 'publishable_client_key': [
  ('stripe_publishable_key_frontend', lambda r: 'const stripe = Stripe("pk_live_%s");\n' % rs(r, ALNUM, 99)),
  ('mapbox_public_pk_token', lambda r: "mapboxgl.accessToken = 'pk.%s.%s';\n" % (base64.urlsafe_b64encode(('{"u":"acme-%s","a":"%s"}' % (rs(r, LOWER_ALNUM, 3), rs(r, LOWER_ALNUM, 25))).encode()).decode().rstrip('='), rs(r, B64URL, 22)))],
 'opaque_random_identifier': [
  ('docker_ps_container_ids', lambda r: 'CONTAINER ID   IMAGE        STATUS\n%s   api:1.9      Up 2 hours\n%s   redis:7      Up 2 hours\n' % (rs(r, HEX, 12), rs(r, HEX, 12))),
  ('k8s_pod_name_suffixes', lambda r: 'NAME                        READY   STATUS\napi-%s-%s    1/1     Running\n' % (rs(r, 'bcdf6789', 10), rs(r, 'bcdfghjklmnpqrstvwxz2456789', 5)))],
 'package_lock_integrity_string': [
  ('npm_lockfile_integrity_entries', lambda r: '"node_modules/%s": {\n  "version": "4.%d.1",\n  "integrity": "sha512-%s"\n}\n' % (rs(r, 'abcdefgh', 6), r.randint(0, 9), base64.b64encode(rb(r, 64)).decode())),
  ('yarn_berry_checksum_lines', lambda r: '"%s@npm:^2.1.0":\n  version: 2.1.%d\n  checksum: 10c0/%s\n' % (rs(r, 'mnopq', 5), r.randint(0, 9), hashlib.sha512(rb(r, 8)).hexdigest()))],
}
WRAP = [('', lambda t: t), ('in_pr_review_thread', lambda t: 'Review comment on this hunk:\n```\n' + t + '```\nLooks fine to me, nothing secret here.\n'),
 ('in_ci_job_log', lambda t: '##[group]output\n' + t + '##[endgroup]\n'),
 ('in_issue_tracker_comment', lambda t: 'Attaching the relevant part:\n{noformat}\n' + t + '{noformat}\n'),
 ('in_team_chat_paste', lambda t: '[16:20] Ravi: fyi\n[16:20] Ravi: ' + t),
 ('in_engineering_notes_page', lambda t: '## Notes (week 10)\n\n' + t + '\n_last edited Friday_\n')]

def docs():
    aws = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b'=').decode()
    p = base64.urlsafe_b64encode(b'{"sub":"1234567890","name":"John Doe","iat":1516239022}').rstrip(b'=').decode()
    sig = base64.urlsafe_b64encode(hmac.new(b'your-256-bit-secret', (h + '.' + p).encode(), hashlib.sha256).digest()).rstrip(b'=').decode()
    jwtio = h + '.' + p + '.' + sig
    assert jwtio.endswith('SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')
    totp = base64.b32encode(b'12345678901234567890').decode()
    assert totp == 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
    sha1e = hashlib.sha1(b'').hexdigest()
    assert sha1e == 'da39a3ee5e6b4b0d3255bfef95601890afd80709'
    k4 = bytes(range(1, 26)); d4 = b'\xcd' * 50
    rfc4231_4 = hmac.new(k4, d4, hashlib.sha256).hexdigest()
    assert rfc4231_4 == '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b'
    return [
     ('aws_docs_example_secret_in_onboarding_doc', 'From the AWS docs example (not a real key): aws_secret_access_key = ' + aws + '\n'),
     ('jwt_io_default_token_in_pr_comment', 'The test uses the jwt.io sample token:\n' + jwtio + '\n(signed with the well-known demo secret, fine to commit)\n'),
     ('rfc6238_totp_seed_in_test_notes', 'RFC 6238 test seed "12345678901234567890" in base32: ' + totp + '\n'),
     ('sha1_empty_string_in_cache_debug', 'cache key for empty body = ' + sha1e + ' (SHA-1 of the empty string)\n'),
     ('rfc4231_case4_hmac_in_unit_test', 'assert hmac_sha256(key=0x0102..19, data=0xcd*50) == "' + rfc4231_4 + '"  # RFC 4231 test case 4\n')], [aws, jwtio, totp, sha1e, rfc4231_4]

def build(seed=4806):
    r = random.Random(seed)
    recs = []
    for cls in BASE:
        for kind, gen in BASE[cls]:
            for wname, w in WRAP:
                recs.append({'class': cls, 'container': kind + ('__' + wname if wname else ''), 'text': w(gen(r)), 'source': 'negative'})
    dl, dvals = docs()
    for kind, text in dl:
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': text, 'source': 'negative'})
    return recs, dvals, [w[0] for w in WRAP if w[0]], [k for c in BASE for k, _ in BASE[c]], [k for k, _ in dl]
