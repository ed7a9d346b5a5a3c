"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import random, hashlib, hmac, base64
from common import shape, fill, rs, ruuid, host, user, HEXL, B64

def _pem(rng):
    body = base64.b64encode(b'\x30\x82\x03\x0a\x30\x82\x01\xf2' + bytes(rng.getrandbits(8) for _ in range(rng.randint(300, 420)))).decode()
    lines = '\n'.join(body[i:i + 64] for i in range(0, len(body), 64))
    return '-----BEGIN CERTIFICATE-----\n' + lines + '\n-----END CERTIFICATE-----'

def _iban(rng):
    bban = rs(rng, '0123456789', 18)
    n = int(bban + '131400')  # DE
    chk = 98 - n % 97
    return 'DE%02d%s' % (chk, bban)

def _aba(rng):
    d = [rng.randint(0, 9) for _ in range(8)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return ''.join(map(str, d)) + str((10 - s % 10) % 10)

BASE = {
 'public_key_or_certificate': [
  ('swift_alliance_pki_certificate_pem', lambda r: 'SWIFT Alliance Lite2 - partner certificate (public, safe to share with the bank):\n' + _pem(r) + '\n'),
  ('sftp_bank_host_ssh_rsa_known_hosts', lambda r: '# known_hosts for the payment-file drop\n' + '\n'.join('%s ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s' % (host(r), rs(r, B64, 300)) for _ in range(2)) + '\n'),
 ],
 'placeholder_or_redacted': [
  ('power_automate_connection_placeholder_json', lambda r: '{"connectionReferences": {"shared_sql": {"parameters": {"username": "%s", "password": "<enter-sql-password-here>"}}}}\n' % user(r)),
  ('vba_module_redacted_paste', lambda r: 'Public Const DbPassword As String = "********"   \' redacted before posting\nPublic Const ApiKey As String = "[REDACTED-%d]"\n' % r.randint(1, 99)),
 ],
 'digest_or_checksum': [
  ('bacs_payment_file_sha256_manifest', lambda r: '\n'.join('%s  PAYFILE_%05d.txt' % (rs(r, HEXL, 64), r.randint(1, 99999)) for _ in range(3)) + '\n'),
  ('bordereau_csv_md5_control_total', lambda r: 'file,rows,md5\n' + '\n'.join('bdx_%04d.csv,%d,%s' % (r.randint(1, 9999), r.randint(10, 9000), rs(r, HEXL, 32)) for _ in range(3)) + '\n'),
 ],
 'ciphertext_or_sealed_value': [
  ('dpapi_protected_connection_string', lambda r: '<connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">\n  <EncryptedData><CipherData><CipherValue>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA%s</CipherValue></CipherData></EncryptedData>\n</connectionStrings>\n' % rs(r, B64, 180)),
  ('powershell_clixml_securestring_export', lambda r: '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">\n  <Obj RefId="0"><Props><S N="UserName">CORP\\%s</S><SS N="Password">01000000d08c9ddf0115d1118c7a00c04fc297eb01000000%s</SS></Props></Obj>\n</Objs>\n' % (user(r), rs(r, HEXL, 260))),
 ],
 'masked_partial_value': [
  ('card_statement_pan_masked_lines', lambda r: '\n'.join('4%s** **** %04d  EUR %d.%02d' % (rs(r, '0123456789', 3), r.randint(0, 9999), r.randint(1, 999), r.randint(0, 99)) for _ in range(3)) + '\n'),
  ('connector_secret_masked_console', lambda r: 'Custom connector "RatesAPI"\nClient ID: %s\nClient secret: ••••••••••••••••%s (hidden)\n' % (ruuid(r), rs(r, 'abcdefXYZ0123', 4))),
 ],
 'password_hash_not_plaintext': [
  ('access_user_table_sha512crypt_export', lambda r: 'UserName;PwdHash\n%s;$6$%s$%s\n' % (user(r), rs(r, 'abcdefghijklmnopqrstuvwxyz0123456789./', 16), rs(r, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 86))),
  ('portal_pbkdf2_sha256_rows', lambda r: '%s|pbkdf2_sha256$600000$%s$%s=\n' % (user(r), rs(r, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 22), rs(r, B64, 43))),
 ],
 'password_prose_no_value': [
  ('sox_password_rotation_memo', lambda r: 'SOX control ITGC-%d: service-account passwords for the GL robots must be rotated every 90 days, stored only in CyberArk and never typed into macros, flows or Excel cells. Reviewers check the rotation log, not the password itself.\n' % r.randint(1, 99)),
  ('gateway_recovery_key_howto', lambda r: 'How to restore the Power BI gateway on %s: open the gateway app, choose Migrate, and enter the recovery key from the vault entry "BI-GW recovery". Do not write the key into this page.\n' % host(r)),
 ],
 'secret_store_reference': [
  ('uipath_get_credential_asset_reference', lambda r: '<ui:GetRobotCredential AssetName="%s_Portal" CacheStrategy="None" Password="[securePwd]" Username="[userName]" />\n' % r.choice(['Claims', 'Recon', 'Lapse'])),
  ('dataverse_key_vault_secret_reference', lambda r: '{"schemaName": "cr7a1_SqlPassword", "type": "Secret", "value": "/subscriptions/%s/resourceGroups/rg-bo/providers/Microsoft.KeyVault/vaults/kv-bo-%d/secrets/sql-pwd"}\n' % (ruuid(r), r.randint(1, 99))),
 ],
 'test_fixture_fake_credential': [
  ('vba_unit_test_dummy_login', lambda r: "'@TestMethod(\"Login\")\nPublic Sub TestLoginRejectsWrongPassword()\n    Assert.IsFalse Login(\"test.user\", \"dummy-password-%d\")\nEnd Sub\n" % r.randint(1, 99)),
  ('uat_training_manual_demo_password', lambda r: 'Training environment (UAT %d): sign in as trainee01 with the demo password Welcome123 shown on screen; it is reset every night and only works on the training tenant.\n' % r.randint(1, 20)),
 ],
 'uuid_or_request_identifier': [
  ('power_automate_run_history_ids', lambda r: 'Run ID,Status,Correlation\n' + '\n'.join('08585%s,Succeeded,%s' % (rs(r, '0123456789', 22), ruuid(r)) for _ in range(3)) + '\n'),
  ('sharepoint_correlation_id_log', lambda r: 'Sorry, something went wrong. Correlation ID: %s  Date and Time: 3/%d/2024\n' % (ruuid(r), r.randint(1, 28))),
 ],
 'version_or_build_string': [
  ('office_build_number_inventory', lambda r: 'Host,Office build,Channel\n%s,16.0.%d.%d,Monthly Enterprise\n' % (host(r), r.randint(14000, 17999), r.randint(20000, 20999))),
  ('uipath_robot_version_report', lambda r: 'UiPath Robot %d.%d.%d (build %s) on %s\n' % (r.randint(21, 24), r.choice([4, 10]), r.randint(0, 9), rs(r, HEXL, 12), host(r))),
 ],
 'publishable_client_key': [
  ('adyen_client_key_dropin_config', lambda r: 'const checkout = await AdyenCheckout({ clientKey: "live_%s", environment: "live" });\n' % rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32)),
  ('square_application_id_web_payments', lambda r: 'const payments = Square.payments("sq0idp-%s", "%s");\n' % (rs(r, B64.replace('+', '-').replace('/', '_'), 22), 'L' + rs(r, 'ABCDEFGHJKMNPQRSTVWXYZ0123456789', 12))),
 ],
 'code_identifier_lookalike': [
  ('macro_repo_commit_changelog', lambda r: '\n'.join('%s  fix rounding in %s' % (rs(r, HEXL, 40), r.choice(['modRates', 'modRecon', 'modLapse'])) for _ in range(3)) + '\n'),
  ('sharepoint_encoded_field_internal_names', lambda r: 'Display name -> internal name\n' + '\n'.join('Claim %s -> OData__x0043_laim_x0020_%s_x%04x_' % (w, w, r.randint(0x20, 0x7e)) for w in ['Reserve', 'Status']) + '\n'),
 ],
 'bank_account_or_payment_identifier': [
  ('sepa_iban_beneficiary_list', lambda r: 'Beneficiary;IBAN;BIC\n' + '\n'.join('Claimant %d;%s;COBADEFFXXX' % (r.randint(1, 999), _iban(r)) for _ in range(3)) + '\n'),
  ('aba_routing_vendor_master', lambda r: 'VendorID,Routing,Account\n' + '\n'.join('V%05d,%s,******%04d' % (r.randint(1, 99999), _aba(r), r.randint(0, 9999)) for _ in range(3)) + '\n'),
 ],
 'policy_or_claim_reference_number': [
  ('claim_reference_register_export', lambda r: 'ClaimRef,LossDate,Reserve\n' + '\n'.join('CLM-%d-%s,2024-0%d-1%d,%d.00' % (r.randint(2019, 2024), rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10), r.randint(1, 9), r.randint(0, 9), r.randint(100, 90000)) for _ in range(3)) + '\n'),
  ('policy_number_renewal_schedule', lambda r: '\n'.join('Policy %s%s renews on 0%d/%d' % (r.choice(['HO', 'PA', 'CL']), rs(r, '0123456789', 10), r.randint(1, 9), r.randint(1, 28)) for _ in range(3)) + '\n'),
 ],
}

WRAPPERS = [
 ('in_finance_ops_yammer_post', 'Posted in Finance Ops (Yammer) by {user}:\n{body}Any idea if this is fine to keep?\n'),
 ('in_actuarial_team_onenote_page', 'Actuarial team notebook > Tools > Snippets\n{body}(copied from the reserving workbook)\n'),
 ('in_rpa_coe_confluence_digest', 'RPA CoE weekly digest #{n}\nItem of the week:\n{body}-- CoE team\n'),
 ('in_core_banking_change_request', 'Change request CR-{n} (core banking)\nEvidence attached:\n{body}Approver: {user}\n'),
 ('in_audit_evidence_workpaper', 'Audit workpaper WP-{n}, tested by {user}\nSample:\n{body}Conclusion: no exception noted.\n'),
]

# documentation values (public, published) - only in negatives
DOCS_PUBLISHED = {
 'sha512_abc': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
 'sha224_abc': '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
 'hmac_sha1_rfc2202_case2': 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
 'md5_empty': 'd41d8cd98f00b204e9800998ecf8427e',
 'aws_example_key_id': 'AKIAIOSFODNN7EXAMPLE',
}


def recompute():
    return {
     'sha512_abc': hashlib.sha512(b'abc').hexdigest(),
     'sha224_abc': hashlib.sha224(b'abc').hexdigest(),
     'hmac_sha1_rfc2202_case2': hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha1).hexdigest(),
     'md5_empty': hashlib.md5(b'').hexdigest(),
    }

DOCS = [
 ('sha512_abc_in_payment_file_spec', 'sha512_abc', 'Payment file spec v3, section 7.2: the trailer carries SHA-512 of the body. Test vector: SHA-512("abc") = {d}\n'),
 ('sha224_abc_in_gateway_hash_note', 'sha224_abc', 'Gateway hashing note: we only support SHA-224 for legacy clients; check your library with SHA-224("abc") = {d}\n'),
 ('hmac_sha1_rfc2202_case2_in_webhook_guide', 'hmac_sha1_rfc2202_case2', 'Webhook signing guide: verify your HMAC-SHA1 code with RFC 2202 test case 2 (key "Jefe", data "what do ya want for nothing?"), expected digest {d}\n'),
 ('md5_empty_in_bordereau_dedupe_notes', 'md5_empty', 'Dedupe notes: any bordereau row whose MD5 is {d} is an empty file (MD5 of zero bytes) and can be dropped.\n'),
 ('aws_docs_example_key_id_in_s3_export_readme', 'aws_example_key_id', 'S3 export README: the AWS documentation uses {d} as the example access key id; replace it with your own profile, never commit real keys.\n'),
]

NEW_CLASSES = ['bank_account_or_payment_identifier', 'policy_or_claim_reference_number']


def generate(rng=None):
    rng = rng or random.Random(7406)
    recs = []
    for cls in sorted(BASE):
        for kind, fn in BASE[cls]:
            recs.append({'class': cls, 'container': kind, 'text': fn(rng), 'source': 'negative'})
            for wname, wt in WRAPPERS:
                body = fn(rng)
                recs.append({'class': cls, 'container': kind + '__' + wname, 'text': fill(wt, rng).replace('{body}', body), 'source': 'negative'})
    for kind, key, t in DOCS:
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': t.replace('{d}', DOCS_PUBLISHED[key]), 'source': 'negative'})
    return recs
