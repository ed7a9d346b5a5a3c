"""Hard negatives from the proptech world: 16 classes x 2 base kinds x 6 presentations."""
import random, base64, hashlib, string
from common106 import *

UD = string.ascii_uppercase + string.digits

def luhn_like_mod10(digits):
    s = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9: n -= 9
        s += n
    return str((10 - s % 10) % 10)

def mers_min(r):
    body = ''.join(r.choice(string.digits) for _ in range(17))
    return body + luhn_like_mod10(body)

def uli(r):
    lei = rs(r, 20, UD)
    loan = rs(r, r.randint(8, 15), UD)
    base = lei + loan
    num = ''.join(str(int(c, 36)) for c in base) + '00'
    chk = 98 - int(num) % 97
    return base + '%02d' % chk

def b(r, n): return bytes(r.randrange(256) for _ in range(n))

K = {}
def kind(cls, name):
    def deco(f):
        K.setdefault(cls, []).append((name, f))
        return f
    return deco

@kind('mls_listing_and_member_keys', 'reso_property_record_key_fields')
def _(r): return '{"ListingKey": "%s", "ListingId": "%s", "ListAgentMlsId": "%s", "OriginatingSystemName": "crmls", "ListPrice": %d}' % (rs(r, 32, HEX), 'SR' + str(r.randint(10**7, 10**8 - 1)), rs(r, 6, UD), r.randint(200, 990) * 1000)
@kind('mls_listing_and_member_keys', 'rets_search_compact_listing_ids')
def _(r): return '<DELIMITER value="09"/>\n<COLUMNS>\tListingKey\tMemberKey\t</COLUMNS>\n<DATA>\t%s\t%s\t</DATA>' % (str(r.randint(10**11, 10**12 - 1)), rs(r, 24, HEX))

@kind('reso_replication_cursor_values', 'odata_next_link_skiptoken')
def _(r): return '"@odata.nextLink": "https://api.example.com/reso/odata/Property?$filter=ModificationTimestamp gt 2024-03-01&$skiptoken=%s"' % rs(r, 40, B64U)
@kind('reso_replication_cursor_values', 'mls_grid_replication_checkpoint')
def _(r): return 'checkpoint saved: resource=Property last_modified=2024-03-%02dT0%d:14:55.12Z last_key=%s batch=%s' % (r.randint(1, 28), r.randint(0, 9), rs(r, 12, UD), uuid4(r))

@kind('esign_envelope_and_account_guids', 'docusign_envelope_status_json')
def _(r): return '{"envelopeId": "%s", "status": "completed", "accountId": "%s", "integratorKey": "%s"}' % (uuid4(r), uuid4(r), uuid4(r))
@kind('esign_envelope_and_account_guids', 'dotloop_loop_and_profile_ids')
def _(r): return 'GET /public/v2/profile/%d/loop/%d/folder/%d/document/%d  200 OK  request-id=%s' % (r.randint(10**6, 10**7), r.randint(10**7, 10**8), r.randint(10**6, 10**7), r.randint(10**8, 10**9), rs(r, 26, UD))

@kind('esign_completion_certificate_hashes', 'certificate_of_completion_document_hash')
def _(r): return 'Certificate of Completion\nDocument: Purchase_Agreement_12_Alder.pdf\nDocument hash (SHA-256): %s\nSigner IP: 203.0.113.%d' % (rs(r, 64, HEX), r.randint(1, 254))
@kind('esign_completion_certificate_hashes', 'audit_trail_md5_line')
def _(r): return 'Audit trail: %s | MD5 %s | pages 14 | sealed' % (rs(r, 8, UD), rs(r, 32, HEX))

@kind('parcel_apn_and_fips_numbers', 'county_parcel_apn_listing')
def _(r): return 'APN %03d-%03d-%03d-%d  FIPS 06%03d  census tract %04d.%02d  zoning R-%d' % (r.randint(1, 999), r.randint(1, 999), r.randint(1, 999), r.randint(0, 9), r.randint(1, 115), r.randint(1, 9999), r.randint(0, 99), r.randint(1, 4))
@kind('parcel_apn_and_fips_numbers', 'regrid_parcel_ll_uuid_row')
def _(r): return 'll_uuid,parcelnumb,geoid\n%s,%s,%05d\n' % (uuid4(r), rs(r, 12, string.digits), r.randint(1000, 56999))

@kind('bacnet_device_and_object_instances', 'bacnet_whois_iam_capture')
def _(r): return 'I-Am device,%d maxAPDU 1476 segmentation both vendor %d  src 10.40.%d.%d:47808  mac %s' % (r.randint(1, 4194302), r.randint(1, 999), r.randint(0, 9), r.randint(2, 254), ':'.join(rs(r, 2, HEX) for _ in range(6)))
@kind('bacnet_device_and_object_instances', 'bms_point_export_object_ids')
def _(r): return 'object,instance,name\nanalog-input,%d,AHU-%d SAT\nbinary-output,%d,EF-%d CMD\n' % (r.randint(0, 4000), r.randint(1, 9), r.randint(0, 4000), r.randint(1, 9))

@kind('smart_device_serials_and_macs', 'thermostat_inventory_serials')
def _(r): return 'unit,thermostat_id,serial\n%dB,%d,%s\n' % (r.randint(1, 40), r.randint(10**11, 10**12 - 1), rs(r, 16, UD))
@kind('smart_device_serials_and_macs', 'lockbox_fleet_device_listing')
def _(r): return 'lockbox %s  fw 4.%d.%d  ble_mac %s  battery %d%%' % (rs(r, 10, UD), r.randint(0, 9), r.randint(0, 20), ':'.join(rs(r, 2, HEX.upper()[:16]) for _ in range(6)), r.randint(5, 100))

@kind('publishable_payment_and_map_keys', 'stripe_js_publishable_key')
def _(r): return "const stripe = Stripe('pk_live_51%s');" % rs(r, 97)
@kind('publishable_payment_and_map_keys', 'mapbox_gl_public_token')
def _(r): return "mapboxgl.accessToken = 'pk.%s.%s';" % (b64url_nopad(('{"u":"%s","a":"%s"}' % (rs(r, 8, string.ascii_lowercase), rs(r, 25, string.ascii_lowercase + string.digits))).encode()), rs(r, 22, B64U))

@kind('feed_credential_placeholders', 'rets_sample_config_placeholders')
def _(r): return '[rets]\nlogin_url = https://rets.example.net/Login\nusername = <YOUR_RETS_USERNAME>\npass = <YOUR_RETS_%s>\n' % r.choice(['PASSWORD', 'SECRET', 'PASSPHRASE'])
@kind('feed_credential_placeholders', 'integration_readme_dummy_values')
def _(r): return 'export TRESTLE_CLIENT_SECRET=%s\nexport PLAID_SECRET=%s\n' % (r.choice(['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'your-client-secret-here', 'REPLACE_ME']), r.choice(['<plaid-secret>', '${PLAID_SECRET}', 'changeme']))

@kind('masked_rent_gateway_key_echo', 'payment_dashboard_masked_key')
def _(r): return 'Secret key: sk_live_••••••••••••••••%s  (created Mar %d, last used today)' % (rs(r, 4), r.randint(1, 28))
@kind('masked_rent_gateway_key_echo', 'cli_status_redacted_token')
def _(r): return '$ rentpay status\nprofile: prod\ntoken:   %s****************%s\nwebhook: enabled' % (rs(r, 4, HEX), rs(r, 4, HEX))

@kind('external_secret_store_pointers', 'onepassword_op_reference_env')
def _(r): return 'RETS_PASS=op://PM-Integrations/%s/password\nDOCUSIGN_SECRET_KEY=op://PM-Integrations/DocuSign %s/credential' % (r.choice(['CRMLS RETS', 'NWMLS feed', 'Bright MLS']), r.choice(['prod', 'demo']))
@kind('external_secret_store_pointers', 'cloudformation_resolve_secretsmanager')
def _(r): return 'MasterUserPassword: "{{resolve:secretsmanager:arn:aws:secretsmanager:us-west-2:%012d:secret:pm/rds-%s:SecretString:password}}"' % (r.randint(10**11, 10**12 - 1), rs(r, 6))

@kind('lease_pdf_file_digests', 'lease_archive_sha256sums')
def _(r): return '%s  lease_unit%d_2024.pdf\n%s  addendum_pets_%d.pdf' % (rs(r, 64, HEX), r.randint(1, 99), rs(r, 64, HEX), r.randint(1, 99))
@kind('lease_pdf_file_digests', 'document_storage_etag_header')
def _(r): return 'HTTP/1.1 200 OK\nContent-Type: application/pdf\nETag: "%s"\nx-amz-version-id: %s' % (rs(r, 32, HEX), rs(r, 32, B64U))

@kind('rent_ledger_transaction_ids', 'ach_batch_trace_numbers')
def _(r): return 'ACH batch %d  trace %015d  tenant ledger %s  amount 1,%03d.00' % (r.randint(1000, 9999), r.randint(10**13, 10**15 - 1), rs(r, 10, UD), r.randint(0, 999))
@kind('rent_ledger_transaction_ids', 'plaid_item_and_request_ids')
def _(r): return '{"item_id": "%s", "request_id": "%s", "account_id": "%s"}' % (rs(r, 37), rs(r, 15), rs(r, 37))

@kind('mortgage_loan_identifiers_with_check_digits', 'mers_min_and_fha_case')
def _(r): return 'MIN %s  FHA case %03d-%07d  loan # %d' % (mers_min(r), r.randint(1, 999), r.randint(0, 10**7 - 1), r.randint(10**9, 10**10 - 1))
@kind('mortgage_loan_identifiers_with_check_digits', 'hmda_universal_loan_identifier')
def _(r): return 'HMDA LAR row: ULI=%s, action_taken=1, loan_purpose=1' % uli(r)

@kind('kms_and_jasypt_ciphertexts', 'aws_kms_ciphertext_blob_b64')
def _(r): return 'CiphertextBlob: AQICAH%s' % base64.b64encode(b(r, 150)).decode()
@kind('kms_and_jasypt_ciphertexts', 'jasypt_enc_wrapped_property')
def _(r): return 'spring.datasource.password=ENC(%s)' % base64.b64encode(b(r, 48)).decode()

@kind('tenant_password_reset_notice_without_value', 'portal_reset_email_no_value')
def _(r): return 'Hi %s, we received a request to reset your resident portal password. Use the link in this email within %d minutes; we will never ask for your password by phone.' % (r.choice(['Sam', 'Ana', 'Lee', 'Priya']), r.choice([15, 30, 60]))
@kind('tenant_password_reset_notice_without_value', 'pm_chat_asks_where_password_lives')
def _(r): return '%s: where do we keep the %s password now? not in the binder I hope\n%s: it is in the vault under Integrations, ask IT for access' % (r.choice(['maria', 'tom', 'kofi']), r.choice(['RETS', 'BMS gateway', 'lockbox admin', 'owner portal']), r.choice(['ivy', 'raj', 'ben']))

WRAP = {
 'in_pm_slack_question': lambda b, r: 'jess  2:1%d PM\nis this safe to paste here?\n```\n%s\n```' % (r.randint(0, 9), b),
 'in_proptech_pr_review': lambda b, r: 'Review comment on src/integrations/sync.py line %d:\n> %s\nLooks fine, nothing sensitive.' % (r.randint(10, 400), b.replace('\n', '\n> ')),
 'in_integration_runbook': lambda b, r: '## Step %d - verify\nExpected output:\n\n    %s\n' % (r.randint(1, 9), b.replace('\n', '\n    ')),
 'in_vendor_support_ticket': lambda b, r: 'Case %d (Vendor Support)\nCustomer pasted:\n%s\nStatus: Waiting on customer' % (r.randint(100000, 999999), b),
 'in_feed_sync_ci_log': lambda b, r: '\n'.join('[feed-sync #%d] %s' % (r.randint(100, 999), l) for l in b.split('\n')),
}

def build():
    r = random.Random(10606)
    out = []
    n = 1
    for cls in sorted(K):
        for name, f in K[cls]:
            for w in [None] + sorted(WRAP):
                base = f(r)
                text = base if w is None else WRAP[w](base, r)
                cont = name if w is None else name + '__' + w
                out.append({'id': 'p106-n-%04d' % n, 'class': cls, 'container': cont, 'text': text, 'source': 'negative'})
                n += 1
    return out
