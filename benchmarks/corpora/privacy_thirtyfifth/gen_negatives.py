import random, hmac, hashlib, struct, base64
from common import r, HEX, ALNUM, B64, uuid, A_UP, DIG
SEED = 35006
def totp(secret, t, digits=8):
    c = struct.pack('>Q', t // 30)
    h = hmac.new(secret, c, hashlib.sha1).digest(); o = h[-1] & 15
    return str((struct.unpack('>I', h[o:o + 4])[0] & 0x7fffffff) % 10 ** digits).zfill(digits)
def hotp(secret, n, digits=6):
    h = hmac.new(secret, struct.pack('>Q', n), hashlib.sha1).digest(); o = h[-1] & 15
    return str((struct.unpack('>I', h[o:o + 4])[0] & 0x7fffffff) % 10 ** digits).zfill(digits)
B = {
 'public_key_or_certificate': {
   'ssh_ca_trusted_user_ca_keys_line': lambda g: 'TrustedUserCAKeys /etc/ssh/user_ca.pub\n# user_ca.pub:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + r(g, B64, 43) + ' ssh-user-ca@corp',
   'saml_idp_metadata_x509_certificate': lambda g: '<ds:X509Certificate>MIIC' + r(g, B64, 120) + '</ds:X509Certificate>',
   'jwks_endpoint_public_rsa_modulus': lambda g: '{"keys":[{"kty":"RSA","kid":"' + r(g, HEX, 16) + '","use":"sig","e":"AQAB","n":"' + r(g, B64, 100).replace('+', '-').replace('/', '_') + '"}]}'},
 'placeholder_or_redacted': {
   'keycloak_realm_export_masked_secret': lambda g: '"clientId": "grafana", "secret": "**********"',
   'helm_values_changeme_placeholder': lambda g: 'ldap:\n  bindPassword: "<REPLACE_WITH_BIND_PASSWORD>"  # set via --set',
   'pentest_report_redacted_cred': lambda g: 'Recovered credential: svc_backup / [REDACTED-%d]' % g.randint(1, 99)},
 'digest_or_checksum': {
   'ntds_dit_hash_listing_lm_empty': lambda g: 'Administrator:500:aad3b435b51404eeaad3b435b51404ee:' + r(g, HEX, 32) + ':::',
   'yara_rule_sha256_meta': lambda g: 'rule corp_dropper { meta: hash = "' + r(g, HEX, 64) + '" condition: true }',
   'cert_thumbprint_sha1_listing': lambda g: 'Thumbprint                                Subject\n' + r(g, HEX, 40).upper() + '  CN=vpn.corp.example'},
 'ciphertext_or_sealed_value': {
   'ansible_vault_aes256_blob': lambda g: '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(r(g, DIG + 'abcdef', 80) for _ in range(3)),
   'sops_enc_value_yaml': lambda g: 'password: ENC[AES256_GCM,data:' + r(g, B64, 24) + ',iv:' + r(g, B64, 43) + '=,tag:' + r(g, B64, 22) + '==,type:str]',
   'dpapi_blob_hex_dump': lambda g: 'DPAPI blob (needs masterkey): 01000000d08c9ddf0115d1118c7a00c04fc297eb' + r(g, HEX, 64)},
 'masked_partial_value': {
   'siem_alert_masked_token_field': lambda g: '{"rule": "token_in_url", "token": "xoxb-****-****-' + r(g, ALNUM, 4) + '"}',
   'mdm_console_masked_recovery_key': lambda g: 'FileVault recovery key: ' + '-'.join(['XXXX'] * 5) + '-' + r(g, A_UP + DIG, 4) + ' (click Show to reveal)',
   'vault_ui_hidden_value_row': lambda g: 'password    ••••••••••••   [Copy] [Show]'},
 'opaque_random_identifier': {
   'okta_system_log_event_uuid': lambda g: '{"uuid": "' + uuid(g) + '", "eventType": "user.session.start", "outcome": {"result": "SUCCESS"}}',
   'intune_device_id_inventory': lambda g: 'DeviceName,AzureADDeviceId\nLT-' + r(g, DIG, 5) + ',' + uuid(g),
   'splunk_search_sid_line': lambda g: 'Job sid: scheduler__admin__search__RMD5' + r(g, HEX, 16) + '_at_1741079564_' + r(g, DIG, 4)},
 'password_prose_no_value': {
   'security_awareness_newsletter': lambda g: 'Reminder: never paste your SSO password into chat. IT will never ask for it (campaign %d).' % g.randint(10, 99),
   'vpn_password_reset_kb_article': lambda g: 'To reset your VPN password, open the self-service portal, choose Forgot password and follow the SMS prompt. Step %d.' % g.randint(1, 9),
   'red_team_scope_password_policy': lambda g: 'Out of scope: spraying more than %d passwords per account per hour.' % g.randint(1, 5)},
 'publishable_client_key': {
   'oidc_discovery_public_client_id': lambda g: '{"client_id": "' + r(g, ALNUM, 20) + '", "token_endpoint_auth_method": "none"}',
   'browser_extension_oauth_client_id': lambda g: '"oauth2": {"client_id": "' + r(g, DIG, 12) + '-' + r(g, 'abcdefghijklmnopqrstuvwxyz0123456789', 32) + '.apps.googleusercontent.com"}',
   'webauthn_rp_id_config': lambda g: 'rp: {id: "corp.example", name: "Corp SSO"}, challenge length %d' % g.choice([16, 32])},
 'secret_store_reference': {
   'vault_agent_template_reference': lambda g: '{{ with secret "kv/data/idp/' + r(g, 'abcdefgh', 5) + '" }}{{ .Data.data.password }}{{ end }}',
   'aws_secretsmanager_arn_ref': lambda g: 'arn:aws:secretsmanager:eu-west-1:' + r(g, DIG, 12) + ':secret:prod/ldap-bind-' + r(g, ALNUM, 6),
   'op_inject_reference_template': lambda g: 'LDAP_BIND_PASSWORD={{ op://Infra/ldap-' + r(g, 'abcdef', 4) + '/password }}'},
 'test_fixture_fake_credential': {
   'pytest_fixture_fake_vpn_password': lambda g: 'FAKE_VPN_PASSWORD = "not-a-real-password-%d"  # fixture' % g.randint(1, 999),
   'mock_idp_dummy_client_secret': lambda g: 'mock_idp = MockIdP(client_secret="dummy-secret-for-tests-%d")' % g.randint(1, 999),
   'burp_extension_test_token_const': lambda g: 'static final String TEST_TOKEN = "test-token-%04d"; // unit tests only' % g.randint(1, 9999)},
 'url_or_anchor_lookalike': {
   'saml_relay_state_url': lambda g: 'https://sso.corp.example/saml2/idp/SSOService.php?RelayState=' + r(g, 'abcdefghij', 8),
   'kb_article_anchor_link': lambda g: 'https://wiki.corp.example/security/vpn#token-rotation-' + str(g.randint(1, 9)),
   'mdm_enrollment_profile_url': lambda g: 'https://mdm.corp.example/enroll/profile?group=kiosk-' + r(g, DIG, 3)},
 'version_or_build_string': {
   'vpn_client_about_dialog': lambda g: 'Corp VPN Client 5.%d.%d (build %s)' % (g.randint(0, 9), g.randint(0, 99), r(g, HEX, 10)),
   'edr_agent_version_line': lambda g: 'Sensor version 7.%d.%d-%s' % (g.randint(0, 20), g.randint(100, 999), r(g, HEX, 7)),
   'idp_release_git_describe': lambda g: 'keycloak-26.%d.%d-g%s' % (g.randint(0, 3), g.randint(0, 9), r(g, HEX, 8))},
 'license_or_serial_identifier': {
   'yubikey_serial_listing': lambda g: 'YubiKey 5 NFC  serial: %d  firmware 5.4.3' % g.randint(10000000, 29999999),
   'mdm_device_serial_inventory': lambda g: 'Serial: C02' + r(g, A_UP + DIG, 9) + '  Model: MacBookPro18,3',
   'siem_license_stanza': lambda g: '[license] id = LIC-' + r(g, A_UP + DIG, 4) + '-' + r(g, A_UP + DIG, 4) + '  seats = 500'},
 'code_identifier_lookalike': {
   'secret_name_constants_kotlin': lambda g: 'const val KEY_VPN_PASSWORD_ALIAS = "vpn_password_alias_%d"' % g.randint(1, 9),
   'env_var_name_listing_doc': lambda g: 'Required: IDP_CLIENT_SECRET_FILE, VPN_PASSWORD_PATH (paths, not values) v%d' % g.randint(1, 9),
   'sigma_rule_field_names': lambda g: 'detection: selection: CommandLine|contains: [\'-password\', \'/pass:\'] level: high %d' % g.randint(1, 9)},
 'base64_non_secret_payload': {
   'saml_authn_request_base64': lambda g: 'SAMLRequest=' + base64.b64encode(('<samlp:AuthnRequest ID="_' + r(g, HEX, 16) + '" Version="2.0"/>').encode()).decode(),
   'mobileconfig_payload_icon_base64': lambda g: '<key>PayloadIcon</key><data>iVBORw0KGgo' + r(g, B64, 60) + '</data>',
   'har_response_body_base64_json': lambda g: '"content": {"encoding": "base64", "text": "' + base64.b64encode(('{"status":"ok","n":%d}' % g.randint(1, 999)).encode()).decode() + '"}'},
}
WRAP = {'': lambda t: t,
        '__in_siem_case_comment': lambda t: 'Case #' + '4411 comment by analyst:\n> ' + t.replace('\n', '\n> '),
        '__in_pentest_finding_evidence': lambda t: 'Evidence (non-sensitive, kept for context):\n' + t,
        '__in_mdm_audit_export_row': lambda t: 'timestamp,actor,detail\n2025-03-04T09:12:44Z,mdm-bot,"' + t.replace('"', "'").replace('\n', ' | ') + '"'}
def docs():
    k6238 = b'12345678901234567890'
    return [
     ('aws_docs_example_access_key_pair', 'AWS docs example credentials: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
     ('rfc6238_totp_sha1_appendix_b_vector', 'RFC 6238 test: seed ' + k6238.decode() + ', T=59 -> ' + totp(k6238, 59)),
     ('rfc4226_hotp_appendix_d_vector', 'RFC 4226 HOTP count 0 with secret ' + k6238.decode() + ' -> ' + hotp(k6238, 0)),
     ('jwt_io_hs256_default_secret', 'jwt.io default HS256 verify secret: your-256-bit-secret'),
     ('kubernetes_docs_secret_data_example', 'data:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm'),
    ]
def gen():
    g = random.Random(SEED)
    out = []
    for cls, kinds in B.items():
        for kind, f in kinds.items():
            for w, wf in WRAP.items():
                out.append((cls, kind + w, wf(f(g))))
    for kind, t in docs():
        out.append(('vendor_documentation_value', kind, t))
    assert totp(b'12345678901234567890', 59) == '94287082' and hotp(b'12345678901234567890', 0) == '755224'
    return out
KINDS = [k for c in B.values() for k in c]
