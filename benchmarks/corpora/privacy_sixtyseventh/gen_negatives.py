"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import random, hashlib, hmac, base64, string
from common import rs, HEX, AN, LAN, UAN, B64, B64U, filler

def ed25519_pub(r):
    blob = b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20' + bytes(r.randrange(256) for _ in range(32))
    return base64.b64encode(blob).decode()

def uuid(r):
    h = rs(r, HEX, 32); return '%s-%s-4%s-a%s-%s' % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])

def luhn_digit(s):
    t = 0
    for i, d in enumerate(reversed(s)):
        d = int(d)
        if i % 2 == 0: d = d * 2; d = d - 9 if d > 9 else d
        t += d
    return str((10 - t % 10) % 10)

def iso6346(r):
    owner = rs(r, string.ascii_uppercase, 3) + 'U'; ser = rs(r, string.digits, 6)
    vals = {c: v for c, v in zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', [10,12,13,14,15,16,17,18,19,20,21,23,24,25,26,27,28,29,30,31,32,34,35,36,37,38])}
    code = owner + ser
    tot = sum((vals[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(code))
    return code + str(tot % 11 % 10)

B = {
 # public_key_or_certificate
 'as2_partner_certificate_exchange_pem': lambda r, f: 'Public AS2 certificate for partner %s (send to your EDI team):\n-----BEGIN CERTIFICATE-----\n%s\n%s\n-----END CERTIFICATE-----\n' % (f['n'], rs(r, B64, 64), rs(r, B64, 40)),
 'scanner_fleet_ssh_known_hosts': lambda r, f: ''.join('rf%02d.%s ssh-ed25519 %s\n' % (k, f['dc'].lower(), ed25519_pub(r)) for k in range(3)),
 # placeholder_or_redacted
 'carrier_api_sample_env_placeholders': lambda r, f: 'CARRIER_CLIENT_ID=<your-client-id>\nCARRIER_CLIENT_SECRET=<paste-secret-here>\nTELEMATICS_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx\n',
 'edi_ticket_redacted_credentials': lambda r, f: 'INT-%s: partner %s sent their SFTP details. user=%s password=[REDACTED by support] - see vault.\n' % (f['n'], f['dc'], f['user']),
 # digest_or_checksum
 'edi_file_sha256_audit_trail': lambda r, f: ''.join('%s  ASN_%s_%d.edi\n' % (rs(r, HEX, 64), f['n'], k) for k in range(3)),
 'firmware_image_md5_manifest': lambda r, f: ''.join('MD5 (scanner_fw_%d.%d.bin) = %s\n' % (k, r.randrange(9), rs(r, HEX, 32)) for k in range(3)),
 # ciphertext_or_sealed_value
 'sealed_secrets_carrier_manifest': lambda r, f: 'kind: SealedSecret\nspec:\n  encryptedData:\n    CARRIER_CLIENT_SECRET: AgB%s\n' % rs(r, B64, 120),
 'sops_encrypted_tms_values': lambda r, f: 'tms_db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n' % (rs(r, B64, 24), rs(r, B64, 43) + '=', rs(r, B64, 22) + '=='),
 # masked_partial_value
 'carrier_portal_key_listing_masked': lambda r, f: 'Key name        Created      Key\nrates-prod      2024-02-%02d   ****************%s\nlabels-prod     2024-03-%02d   ****************%s\n' % (r.randint(1, 28), rs(r, AN, 4), r.randint(1, 28), rs(r, AN, 4)),
 'fuel_card_statement_masked_number': lambda r, f: 'Card •••• •••• •••• %s  driver %s  PIN: ••••\n' % (rs(r, string.digits, 4), f['user']),
 # code_identifier_lookalike
 'helm_release_revision_hashes': lambda r, f: ''.join('tracking-api-%s-%s   Running   0   3d\n' % (rs(r, LAN, 10), rs(r, LAN, 5)) for _ in range(3)),
 'wms_build_commit_shas': lambda r, f: ''.join('%s release: wave picking fix %d\n' % (rs(r, HEX, 40), k) for k in range(3)),
 # password_prose_no_value
 'driver_app_password_reset_faq': lambda r, f: 'Forgot your driver app password? Tap "Reset", we send a link to your phone. Dispatch (%s) will never ask you for your password over the radio.\n' % f['dc'],
 'warehouse_password_policy_memo': lambda r, f: 'Memo %s: scanner passwords must be 12+ characters and rotate every 90 days. Do not share the shift password; each picker gets their own.\n' % f['n'],
 # secret_store_reference
 'tms_helm_values_secret_key_ref': lambda r, f: 'env:\n  - name: CARRIER_CLIENT_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: carrier-%s\n        key: client-secret\n' % f['n'],
 'edi_connector_azure_keyvault_ref': lambda r, f: 'PartnerSftpPassword=@Microsoft.KeyVault(SecretUri=https://kv-edi-%s.vault.azure.net/secrets/partner-sftp/)\n' % f['n'],
 # test_fixture_fake_credential
 'carrier_sdk_unit_test_fixture': lambda r, f: "def test_rate_quote():\n    client = RatesClient(client_id='test-client', client_secret='not-a-real-secret')\n    assert client.quote('%s')\n" % f['dc'],
 'driver_app_demo_account_readme': lambda r, f: 'Demo login for the sandbox driver app: user demo.driver / password demo1234 (public, resets nightly).\n',
 # uuid_or_request_identifier
 'carrier_api_correlation_id_log': lambda r, f: ''.join('INFO rate.quote correlation_id=%s status=200\n' % uuid(r) for _ in range(3)),
 'telematics_event_uuid_export': lambda r, f: 'event_id,vehicle,type\n' + ''.join('%s,TRK%s,harsh_brake\n' % (uuid(r), f['n']) for _ in range(3)),
 # version_or_build_string
 'scanner_firmware_version_banner': lambda r, f: 'Zebra TC%s  OS 11-%02d-%02d.00-RG-U%02d  BSP 33-%d-%s\n' % (f['n'][:2], r.randint(10, 49), r.randint(10, 30), r.randint(0, 99), r.randint(10, 99), rs(r, UAN, 6)),
 'wms_release_notes_version_tags': lambda r, f: 'WMS %d.%d.%d-build.%s (commit %s)\n' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), rs(r, string.digits, 5), rs(r, HEX, 7)),
 # password_hash_not_plaintext
 'scanner_users_bcrypt_table': lambda r, f: 'user,hash\n%s,$2b$12$%s\n' % (f['user'], rs(r, B64.replace('+', '.'), 53)),
 'tms_django_pbkdf2_dump': lambda r, f: 'pbkdf2_sha256$600000$%s$%s=\n' % (rs(r, AN, 22), rs(r, B64, 43)),
 # shipment_tracking_number (new)
 'parcel_tracking_number_list': lambda r, f: 'UPS 1Z%s%s\nFedEx %s\nDHL %s\n' % (rs(r, UAN, 6), rs(r, string.digits, 10), rs(r, string.digits, 12), rs(r, string.digits, 10)),
 'bill_of_lading_numbers_sheet': lambda r, f: 'BOL,PRO,SCAC\n' + ''.join('%s,%s,NGFX\n' % (rs(r, string.digits, 17), rs(r, string.digits, 10)) for _ in range(3)),
 # container_or_vehicle_identifier (new)
 'iso6346_container_number_list': lambda r, f: 'Vessel discharge list %s\n' % f['dc'] + ''.join('%s 45G1 %s kg\n' % (iso6346(r), r.randint(4000, 30000)) for _ in range(3)),
 'fleet_vin_registry_export': lambda r, f: 'unit,vin\n' + ''.join('T%d,%s\n' % (k, '1FUJ' + rs(r, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 13)) for k in range(3)),
 # edi_control_number_sequence (new)
 'x12_interchange_control_number_log': lambda r, f: ''.join('ISA13=%s GS06=%s ST02=%s 997 accepted\n' % (rs(r, string.digits, 9), rs(r, string.digits, 9), rs(r, string.digits, 4)) for _ in range(3)),
 'edifact_interchange_reference_report': lambda r, f: ''.join("UNB ref %s  UNH %s  CONTRL ok\n" % (rs(r, UAN, 14), rs(r, string.digits, 8)) for _ in range(3)),
}
CLASSES = [
 ('public_key_or_certificate', 'as2_partner_certificate_exchange_pem', 'scanner_fleet_ssh_known_hosts'),
 ('placeholder_or_redacted', 'carrier_api_sample_env_placeholders', 'edi_ticket_redacted_credentials'),
 ('digest_or_checksum', 'edi_file_sha256_audit_trail', 'firmware_image_md5_manifest'),
 ('ciphertext_or_sealed_value', 'sealed_secrets_carrier_manifest', 'sops_encrypted_tms_values'),
 ('masked_partial_value', 'carrier_portal_key_listing_masked', 'fuel_card_statement_masked_number'),
 ('code_identifier_lookalike', 'helm_release_revision_hashes', 'wms_build_commit_shas'),
 ('password_prose_no_value', 'driver_app_password_reset_faq', 'warehouse_password_policy_memo'),
 ('secret_store_reference', 'tms_helm_values_secret_key_ref', 'edi_connector_azure_keyvault_ref'),
 ('test_fixture_fake_credential', 'carrier_sdk_unit_test_fixture', 'driver_app_demo_account_readme'),
 ('uuid_or_request_identifier', 'carrier_api_correlation_id_log', 'telematics_event_uuid_export'),
 ('version_or_build_string', 'scanner_firmware_version_banner', 'wms_release_notes_version_tags'),
 ('password_hash_not_plaintext', 'scanner_users_bcrypt_table', 'tms_django_pbkdf2_dump'),
 ('shipment_tracking_number', 'parcel_tracking_number_list', 'bill_of_lading_numbers_sheet'),
 ('container_or_vehicle_identifier', 'iso6346_container_number_list', 'fleet_vin_registry_export'),
 ('edi_control_number_sequence', 'x12_interchange_control_number_log', 'edifact_interchange_reference_report'),
]
NEW_CLASSES = ['shipment_tracking_number', 'container_or_vehicle_identifier', 'edi_control_number_sequence']
WRAPPERS = {
 'in_dispatch_chat_paste': 'pasted in #dispatch by {user}:\n{body}',
 'in_edi_partner_email_body': 'Hello team,\nplease find below the requested information.\n\n{body}\nBest regards, EDI desk {dc}',
 'in_wms_incident_postmortem': 'Postmortem WMS-{n}, timeline attachment:\n{body}Root cause: unrelated.',
 'in_carrier_portal_faq_page': '<section class="faq">\n<pre>\n{body}</pre>\n</section>',
 'in_fleet_ops_confluence_page': 'h2. Fleet ops notes ({dc})\n{{noformat}}\n{body}{{noformat}}',
}

# Documentation values (published); recomputed where computable.
DOC_PUBLISHED = {
 'sha256_abc': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
 'sha1_abc': 'a9993e364706816aba3e25717850c26c9cd0d89d',
 'rfc4231_case2': '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
 'rfc6238_seed_base32': 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
 'aws_example_access_key_id': 'AKIAIOSFODNN7EXAMPLE',
}
def doc_recomputed():
    return {
     'sha256_abc': hashlib.sha256(b'abc').hexdigest(),
     'sha1_abc': hashlib.sha1(b'abc').hexdigest(),
     'rfc4231_case2': hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest(),
     'rfc6238_seed_base32': base64.b32encode(b'12345678901234567890').decode(),
     'aws_example_access_key_id': 'AKIAIOSFODNN7EXAMPLE',
    }
DOCS = [
 ('sha256_abc_in_edi_checksum_spec', 'Appendix C of our EDI file-integrity spec: the SHA-256 of the 3-byte message "abc" must be %s (FIPS 180 example).\n', 'sha256_abc'),
 ('sha1_abc_in_legacy_as2_mic_notes', 'Legacy AS2 MIC check: SHA-1("abc") = %s, from the FIPS 180 examples, use it to test your MIC code.\n', 'sha1_abc'),
 ('rfc4231_case2_in_carrier_webhook_guide', 'Carrier webhook guide, verifying signatures: with key "Jefe" and the RFC 4231 test case 2 message, HMAC-SHA-256 must equal %s.\n', 'rfc4231_case2'),
 ('rfc6238_seed_in_driver_app_totp_test', 'Driver app 2FA unit test uses the RFC 6238 reference seed (base32) %s; it is public test data.\n', 'rfc6238_seed_base32'),
 ('aws_docs_access_key_id_in_tms_deploy_howto', 'TMS deploy how-to (copied from the AWS docs): aws_access_key_id = %s is the documentation example.\n', 'aws_example_access_key_id'),
]

def gen(start_id):
    rng = random.Random(6706)
    out, i = [], start_id
    for cls, b1, b2 in CLASSES:
        for base in (b1, b2):
            for w in [None] + sorted(WRAPPERS):
                f = filler(rng)
                body = B[base](rng, f)
                if w is None:
                    text, cont = body, base
                else:
                    text, cont = WRAPPERS[w].replace('{body}', '\ue001').format(**f).replace('\ue001', body), base + '__' + w
                out.append({'id': 'p67-n-%04d' % i, 'class': cls, 'container': cont, 'text': text, 'source': 'negative'}); i += 1
    for kind, tpl, key in DOCS:
        out.append({'id': 'p67-n-%04d' % i, 'class': 'vendor_documentation_value', 'container': kind,
                    'text': tpl % DOC_PUBLISHED[key], 'source': 'negative'}); i += 1
    return out
