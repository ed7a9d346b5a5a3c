"""Hard negatives: 15 classes x 2 base kinds x 6 presentations, plus 5 documentation records."""
import base64, hashlib, hmac, random, struct
from common import rs, AN, HEX, URL, B64, LOW_AN, uuid4, ctx, USERS, HOSTS, ORGS

def _b64(r, n): return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()

def k_jasypt(r, c):
    return 'ldap.manager.dn=cn=%s,dc=%s,dc=example\nldap.manager.password=ENC(%s)\n# decrypted at runtime with the master key from the HSM\n' % (c['U'], c['ORG'], _b64(r, 48))
def k_sealed(r, c):
    return 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: %s-smtp\nspec:\n  encryptedData:\n    password: Ag%s\n' % (c['ORG'], _b64(r, 300))
def k_assertion(r, c):
    return '\n'.join('%s saml2 AssertionID=_%s InResponseTo=_%s sp=https://%s/sp' % (c['TS'], rs(r, HEX, 40), rs(r, HEX, 32), r.choice(HOSTS)) for _ in range(3)) + '\n'
def k_theme(r, c):
    return '\n'.join('themes/%s/login/resources/js/%s.%s.js  %d bytes' % (c['ORG'], n, rs(r, HEX, 20), r.randint(900, 90000)) for n in ('main', 'vendor', 'runtime')) + '\n'
def k_ldifsha(r, c):
    return '\n'.join('%s  export-%s-%02d.ldif' % (rs(r, HEX, 64), c['ORG'], i) for i in range(1, 4)) + '\n'
def k_quarmd5(r, c):
    return '\n'.join('%s quarantine: attachment md5=%s name=invoice_%d.zip from=%s@%s' % (c['TS'], rs(r, HEX, 32), r.randint(100, 999), r.choice(USERS), r.choice(HOSTS)) for _ in range(3)) + '\n'
def k_oktamask(r, c):
    return 'Security > API > Tokens\nName            Token value       Created by\nscim-%s     00%s%s   %s\nhr-sync         00%s%s   %s\n' % (c['ORG'], rs(r, URL, 4), '*' * 12, c['U'], rs(r, URL, 4), '*' * 12, r.choice(USERS))
def k_entrahint(r, c):
    return 'Certificates & secrets\nDescription      Expires      Value\nmail-connector   2025-%02d-01   %s%d%s\n' % (r.randint(1, 12), rs(r, AN, 3), r.randint(0, 9), 'Q~' + '*' * 20)
def k_ssha(r, c):
    return 'dn: uid=%s,ou=people,dc=%s,dc=example\nuserPassword: {SSHA}%s\n' % (c['U'], c['ORG'], _b64(r, 24))
def k_sha512crypt(r, c):
    return '%s@%s.example:{SHA512-CRYPT}$6$%s$%s:5000:5000::/var/vmail/%s\n' % (c['U'], c['ORG'], rs(r, AN + './', 16), rs(r, AN + './', 86), c['U'])
def k_policy(r, c):
    return 'Password protection for %s: banned-word list includes the company name and season names. Passwords must be at least %d characters; the break-glass password is stored in two sealed envelopes and never typed into chat or tickets.\n' % (c['ORG'], r.choice([14, 16, 20]))
def k_rotation(r, c):
    return 'How to rotate the LDAP bind account for %s:\n1. Generate a new password in the vault (length %d).\n2. Update sssd and postfix lookups from the vault, not by hand.\n3. Run `ldapwhoami` with the password file, then shred it.\n' % (c['ORG'], r.choice([24, 32, 40]))
def k_saslt(r, c):
    return '# /etc/postfix/sasl_passwd.example -- copy and fill in\n[%s]:587 %s:<RELAY_PASSWORD_HERE>\n' % (c['H'], c['U'])
def k_redact(r, c):
    return 'Okta support case %s -- log excerpt\nAuthorization: SSWS [REDACTED]\nclient_secret=********\nx-okta-request-id: %s\n' % (c['TICKET'], rs(r, AN, 27))
def k_jwks(r, c):
    return '{"keys": [{"kty": "RSA", "use": "sig", "kid": "%s", "alg": "RS256", "e": "AQAB", "n": "%s"}]}\n' % (rs(r, URL, 43), rs(r, URL, 342))
def k_dkim(r, c):
    return 's%d._domainkey.%s.example. 3600 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s"\n' % (r.randint(1, 9), c['ORG'], _b64(r, 240))
def k_spaid(r, c):
    return 'const authConfig = { authority: "https://%s/realms/%s", client_id: "%s-spa", redirect_uri: "https://app.%s.example/cb", response_type: "code", pkce: true };\n' % (c['H'], c['REALM'], c['ORG'], c['ORG'])
def k_widget(r, c):
    return "new OktaSignIn({ baseUrl: 'https://%s.okta.example', clientId: '0oa%s', redirectUri: 'https://%s.example/login' });\n" % (c['ORG'], rs(r, AN, 17), c['ORG'])
def k_ansref(r, c):
    return '[domain/%s]\nldap_default_authtok = {{ vault_ldap_bind_password }}\nldap_uri = ldaps://%s\n' % (c['ORG'], c['H'])
def k_kcvault(r, c):
    return '"smtpServer": {"host": "%s", "user": "%s", "password": "${vault.smtp_%s_password}"}\n' % (c['H'], c['U'], c['ORG'])
def k_pytestfake(r, c):
    return '@pytest.fixture\ndef ldap_creds():\n    return {"bind_dn": "cn=test,dc=example,dc=test", "password": "not-a-real-password-%d"}\n' % r.randint(1, 999)
def k_jestfake(r, c):
    return "jest.mock('auth0', () => ({ ManagementClient: jest.fn(() => ({ clientSecret: 'fake-client-secret-for-tests-%d' })) }));\n" % r.randint(1, 999)
def k_entracorr(r, c):
    return '\n'.join('%s signIn user=%s@%s.example correlationId=%s requestId=%s status=50126' % (c['TS'], r.choice(USERS), c['ORG'], uuid4(r), uuid4(r)) for _ in range(3)) + '\n'
def k_oktareq(r, c):
    return '\n'.join('%s user.session.start outcome=SUCCESS transactionId=%s uuid=%s' % (c['TS'], rs(r, AN, 27), uuid4(r)) for _ in range(3)) + '\n'
def k_kcver(r, c):
    return 'Server info: Keycloak %d.%d.%d, Java 21.0.%d, build %s, Quarkus 3.%d.%d\n' % (r.randint(22, 26), r.randint(0, 4), r.randint(0, 9), r.randint(1, 6), rs(r, HEX, 40), r.randint(2, 15), r.randint(0, 9))
def k_banner(r, c):
    return '220 %s ESMTP Postfix (3.%d.%d) \n* OK [CAPABILITY IMAP4rev1] Dovecot (Debian) ready. build 2.3.%d (%s)\n' % (c['H'], r.randint(5, 9), r.randint(0, 9), r.randint(10, 21), rs(r, HEX, 9))
def k_sid(r, c):
    return '\n'.join('CN=%s,OU=Users,DC=%s,DC=example  objectSid=S-1-5-21-%d-%d-%d-%d  objectGUID=%s' % (r.choice(USERS), c['ORG'], r.randint(10**9, 4 * 10**9), r.randint(10**9, 4 * 10**9), r.randint(10**9, 4 * 10**9), r.randint(1100, 9999), uuid4(r)) for _ in range(3)) + '\n'
def k_entraobj(r, c):
    return 'displayName              objectId                              appId\n%s-mail   %s  %s\n%s-scim   %s  %s\n' % (c['ORG'], uuid4(r), uuid4(r), c['ORG'], uuid4(r), uuid4(r))
def k_queueid(r, c):
    return '\n'.join('%s %s postfix/qmgr[%d]: %s: from=<%s@%s.example>, size=%d, nrcpt=1 (queue active)' % (c['TS'], c['H'], r.randint(900, 9999), rs(r, '0123456789ABCDEF', 10), r.choice(USERS), c['ORG'], r.randint(900, 90000)) for _ in range(3)) + '\n'
def k_msgid(r, c):
    return 'Message-ID: <%s.%s@%s>\nIn-Reply-To: <%s@%s.prod.outlook.example>\nX-MS-Exchange-Organization-Network-Message-Id: %s\n' % (rs(r, LOW_AN, 20), rs(r, HEX, 12), c['H'], rs(r, AN, 30), rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10), uuid4(r))

CLASSES = [
 ('ciphertext_or_sealed_value', [('jasypt_enc_wrapped_ldap_setting', k_jasypt), ('sealedsecrets_smtp_encrypted_data', k_sealed)]),
 ('code_identifier_lookalike', [('saml_assertion_id_trace', k_assertion), ('keycloak_theme_hashed_bundle_names', k_theme)]),
 ('digest_or_checksum', [('ldif_export_sha256_manifest', k_ldifsha), ('mail_quarantine_attachment_md5_log', k_quarmd5)]),
 ('masked_partial_value', [('okta_token_list_masked_console', k_oktamask), ('entra_secret_hint_blade_copy', k_entrahint)]),
 ('password_hash_not_plaintext', [('openldap_ssha_userpassword_entry', k_ssha), ('dovecot_passwd_file_sha512_crypt', k_sha512crypt)]),
 ('password_prose_no_value', [('entra_password_protection_memo', k_policy), ('ldap_bind_rotation_howto', k_rotation)]),
 ('placeholder_or_redacted', [('postfix_sasl_passwd_sample_template', k_saslt), ('okta_support_case_redacted_log', k_redact)]),
 ('public_key_or_certificate', [('oidc_jwks_rsa_public_key_set', k_jwks), ('dkim_dns_txt_public_key_record', k_dkim)]),
 ('publishable_client_key', [('oidc_spa_public_client_config', k_spaid), ('okta_sign_in_widget_client_id', k_widget)]),
 ('secret_store_reference', [('ansible_vault_var_in_sssd_template', k_ansref), ('keycloak_vault_expression_smtp', k_kcvault)]),
 ('test_fixture_fake_credential', [('pytest_fake_ldap_bind_fixture', k_pytestfake), ('jest_mock_auth0_client_secret', k_jestfake)]),
 ('uuid_or_request_identifier', [('entra_sign_in_log_correlation_ids', k_entracorr), ('okta_system_log_transaction_ids', k_oktareq)]),
 ('version_or_build_string', [('keycloak_server_info_versions', k_kcver), ('postfix_dovecot_greeting_banners', k_banner)]),
 ('directory_object_identifier', [('ad_object_sid_guid_export', k_sid), ('entra_object_id_app_id_listing', k_entraobj)]),
 ('mail_message_identifier', [('postfix_qmgr_queue_id_maillog', k_queueid), ('message_id_header_trace', k_msgid)]),
]
NEW_CLASSES = ['directory_object_identifier', 'mail_message_identifier']

WRAPPERS = [
 ('identity_team_wiki_page', 'h2. Reference ({ORG})\n{{code}}\n{BODY}{{code}}\nLast edited by {U}\n'),
 ('mail_ops_list_post', 'From: {U}@{ORG}.example\nTo: mail-ops@lists.{ORG}.example\nSubject: FYI, for the archive\n\n{BODY}\n-- \n{U}\n'),
 ('sso_vendor_case_update', 'Case {TICKET} update from vendor support:\nWe reviewed the snippet you attached:\n---\n{BODY}---\nNo credentials were found in it.\n'),
 ('iam_audit_evidence_binder', 'Evidence item E-{N} (control IAM-{N})\nCollected {TS} by {U}\n\n{BODY}\n'),
 ('directory_migration_slide_notes', 'Slide {N} speaker notes: show this on screen, nothing sensitive\n\n{BODY}\n'),
]

# documented public values (recomputed at build time where possible)
PKCE_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
PKCE_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
TOTP_SEED_B32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
HOTP_SECRET_HEX = '3132333435363738393031323334353637383930'
BASIC_ALADDIN = 'QWxhZGRpbjpvcGVuIHNlc2FtZQ=='
DIGEST_RESPONSE = '6629fae49393a05397450978507c4ef1'


def recompute():
    ch = base64.urlsafe_b64encode(hashlib.sha256(PKCE_VERIFIER.encode()).digest()).decode().rstrip('=')
    assert ch == PKCE_CHALLENGE, 'PKCE'
    assert base64.b32encode(b'12345678901234567890').decode() == TOTP_SEED_B32, 'TOTP'
    assert b'12345678901234567890'.hex() == HOTP_SECRET_HEX
    mac = hmac.new(b'12345678901234567890', struct.pack('>Q', 0), hashlib.sha1).digest()
    o = mac[-1] & 15; code = (struct.unpack('>I', mac[o:o + 4])[0] & 0x7fffffff) % 10**6
    assert code == 755224, 'HOTP'
    assert base64.b64encode(b'Aladdin:open sesame').decode() == BASIC_ALADDIN, 'Basic'
    md5 = lambda s: hashlib.md5(s.encode()).hexdigest()
    ha1 = md5('Mufasa:testrealm@host.com:Circle Of Life'); ha2 = md5('GET:/dir/index.html')
    resp = md5('%s:dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:%s' % (ha1, ha2))
    return {'pkce': ch == PKCE_CHALLENGE, 'digest': resp == DIGEST_RESPONSE}


DOCS = [
 ('rfc7636_pkce_example_in_spa_guide', 'RFC 7636 Appendix B walks through S256 with the example verifier\ncode_verifier=%s\ncode_challenge=%s\nOur SPA generates a fresh verifier per login.\n' % (PKCE_VERIFIER, PKCE_CHALLENGE)),
 ('rfc6238_totp_seed_in_mfa_test_notes', 'MFA unit tests use the RFC 6238 reference seed (ASCII "12345678901234567890"), Base32: %s\nExpected TOTP values come from Appendix B.\n' % TOTP_SEED_B32),
 ('rfc4226_hotp_secret_in_token_spec', 'HOTP conformance (RFC 4226 Appendix D): secret = 0x%s, counter 0 -> 755224, counter 1 -> 287082.\n' % HOTP_SECRET_HEX),
 ('rfc7617_basic_example_in_proxy_doc', 'RFC 7617 example header, for illustration only:\nAuthorization: Basic %s\n' % BASIC_ALADDIN),
 ('rfc2617_digest_example_in_relay_faq', 'The RFC 2617 section 3.5 example (user Mufasa, realm testrealm@host.com) yields response="%s"; use it to check your digest implementation.\n' % DIGEST_RESPONSE),
]


def generate():
    r = random.Random(7606)
    recs = []
    for cls, kinds in CLASSES:
        for kind, fn in kinds:
            recs.append({'class': cls, 'container': kind, 'text': fn(r, ctx(r)), 'source': 'negative'})
            for wname, wtpl in WRAPPERS:
                c = ctx(r); body = fn(r, ctx(r)); t = wtpl
                for k in ('U', 'ORG', 'TICKET', 'N', 'TS'):
                    t = t.replace('{' + k + '}', c[k])
                recs.append({'class': cls, 'container': kind + '__in_' + wname, 'text': t.replace('{BODY}', body), 'source': 'negative'})
    for kind, text in DOCS:
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': text, 'source': 'negative'})
    return recs
