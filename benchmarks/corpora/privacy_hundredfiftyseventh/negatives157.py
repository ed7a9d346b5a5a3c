"""Hard negatives: 16 classes x 2 base kinds x 6 presentations."""
import random, hashlib, base64
from gen157 import *

WRAPS = [
 ('', None),
 ('__in_closing_ops_teams_thread', 'Teams thread (closing ops), pasted for context:\n{T}\n-- no action needed on the values above\n'),
 ('__in_escrow_app_bitbucket_pull_request', 'Bitbucket PR #{N} review comment:\n```\n{T}```\nLooks fine, these are not credentials.\n'),
 ('__in_title_support_freshdesk_ticket', 'Freshdesk ticket {N} (title support) - customer pasted:\n{T}\n'),
 ('__in_closing_wiki_notion_page', '## Reference (Notion, closing wiki)\n\n{T}\n'),
 ('__in_underwriter_counsel_email', 'From: counsel@underwriter.example.com\nSubject: file review\n\nPlease see below.\n\n{T}\nRegards,\nUnderwriting counsel\n'),
]

def sha256(r): return hashlib.sha256(rs(r, ALNUM, 20).encode()).hexdigest()
def sha1(r): return hashlib.sha1(rs(r, ALNUM, 20).encode()).hexdigest()

def aba(r):
    d = [r.randint(0, 9) for _ in range(8)]
    d[0] = r.choice([0, 1, 2, 3])
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(a * b for a, b in zip(d, w))
    return ''.join(map(str, d)) + str((10 - s % 10) % 10)

def min_number(r):
    base = rs(r, DIG, 7) + rs(r, DIG, 10)
    return base + luhn_digit(base)

def uli(r):
    lei = rs(r, UP + DIG, 20); loan = rs(r, UP + DIG, r.randint(8, 20))
    s = lei + loan + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return lei + loan + '%02d' % (98 - int(num) % 97)

def bcrypt_like(r):
    al = './' + UP + LOW + DIG
    return '$2b$12$' + rs(r, al, 22) + rs(r, al, 31)

def argon(r):
    return '$argon2id$v=19$m=65536,t=3,p=4$' + b64(r, 16, pad=False) + '$' + b64(r, 32, pad=False)

def K(fn): return fn

BASE = {
 'assessor_parcel_numbers_and_legal_descriptions': [
  ('apn_search_result_rows', lambda r: 'apn,situs,owner\n' + '\n'.join('%s-%s-%s,%d %s St,%s' % (rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3), r.randint(100, 9999), r.choice(['Elm', 'Oak', 'Mesa', 'Cedar']), r.choice(['SMITH J', 'GARCIA M', 'LEE TRUST'])) for _ in range(3)) + '\n'),
  ('legal_description_block', lambda r: 'Lot %d, Block %d, %s Subdivision, as recorded in Plat Book %d, Page %d; APN %s-%s-%s-%s.\n' % (r.randint(1, 40), r.randint(1, 12), r.choice(['Ridgeview', 'Canyon Oaks', 'Mill Creek']), r.randint(10, 300), r.randint(1, 99), rs(r, DIG, 4), rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 4))),
 ],
 'recording_instrument_and_book_page_numbers': [
  ('recorder_index_csv', lambda r: 'instrument_no,doc_type,book,page,recorded\n' + '\n'.join('%d%s,%s,%d,%d,2024-0%d-1%d' % (2024, rs(r, DIG, 7), r.choice(['DEED', 'DOT', 'RECON', 'ASGN']), r.randint(1000, 9000), r.randint(1, 999), r.randint(1, 9), r.randint(0, 9)) for _ in range(3)) + '\n'),
  ('erecording_receipt_xml', lambda r: '<RecordingReceipt>\n  <PackageId>PKG-%s</PackageId>\n  <InstrumentNumber>%s</InstrumentNumber>\n  <BookPage>%d/%d</BookPage>\n</RecordingReceipt>\n' % (rs(r, UP + DIG, 10), rs(r, DIG, 11), r.randint(1000, 9999), r.randint(1, 999))),
 ],
 'notary_commission_and_seal_ids': [
  ('commission_certificate_text', lambda r: 'Notary Public, State of Texas. Commission No. %s. My commission expires %02d/%02d/2028. Seal serial %s.\n' % (rs(r, DIG, 9), r.randint(1, 12), r.randint(1, 28), rs(r, UP, 2) + rs(r, DIG, 6))),
  ('ron_journal_entry_json', lambda r: '{"journal_entry": %d, "commission_id": "%s", "signer_id_type": "DL", "act": "acknowledgment", "video_ref": "%s"}\n' % (r.randint(1000, 99999), rs(r, DIG, 8), uuid4(r))),
 ],
 'mers_min_and_uli_loan_identifiers': [
  ('mers_min_list', lambda r: 'MERS MINs on this pool:\n' + '\n'.join(min_number(r) for _ in range(3)) + '\n'),
  ('hmda_uli_rows', lambda r: 'uli|action_taken|loan_purpose\n' + '\n'.join('%s|1|%d' % (uli(r), r.choice([1, 31, 32])) for _ in range(2)) + '\n'),
 ],
 'wire_imad_and_routing_numbers': [
  ('fedwire_confirmation_text', lambda r: 'Wire released. IMAD: 2024%02d%02d%s%s OMAD: 2024%02d%02d%s%s Amount: $%d.%02d\n' % (r.randint(1, 12), r.randint(1, 28), rs(r, UP + DIG, 8), rs(r, DIG, 6), r.randint(1, 12), r.randint(1, 28), rs(r, UP + DIG, 8), rs(r, DIG, 6), r.randint(1000, 900000), r.randint(0, 99))),
  ('aba_routing_list', lambda r: 'Verified receiving banks (public routing numbers):\n' + '\n'.join('- %s' % aba(r) for _ in range(3)) + '\n'),
 ],
 'escrow_and_title_order_file_numbers': [
  ('order_intake_email_header', lambda r: 'Subject: New order - File No. %s-%s / Escrow No. %s / GF# %s\n' % (rs(r, UP, 3), rs(r, DIG, 6), rs(r, DIG, 8), rs(r, DIG, 2) + '-' + rs(r, DIG, 5))),
  ('file_number_sequence_log', lambda r: '\n'.join('opened file %s%s for %s' % (r.choice(['TX', 'AZ', 'FL']), rs(r, DIG, 9), r.choice(['refi', 'purchase', 'heloc'])) for _ in range(3)) + '\n'),
 ],
 'ron_session_and_audit_trail_ids': [
  ('ron_audit_trail_csv', lambda r: 'event,session_id,at\n' + '\n'.join('%s,%s,2024-05-0%dT1%d:00:00Z' % (r.choice(['kba_pass', 'id_verified', 'seal_applied']), uuid4(r), r.randint(1, 9), r.randint(0, 9)) for _ in range(3)) + '\n'),
  ('session_webhook_payload', lambda r: '{"event":"session.completed","session":"ses_%s","transaction":"txn_%s","nonce":"%s"}\n' % (rs(r, ALNUM, 20), rs(r, ALNUM, 20), rs(r, HEX, 24))),
 ],
 'closing_package_document_digests': [
  ('package_sha256_manifest', lambda r: '\n'.join('%s  %s.pdf' % (sha256(r), n) for n in ['closing_disclosure', 'deed_of_trust', 'note']) + '\n'),
  ('pdf_tamper_seal_log', lambda r: 'tamper seal applied; document sha1=%s; prior revision sha256=%s\n' % (sha1(r), sha256(r))),
 ],
 'publishable_keys_in_closing_portals': [
  ('closing_portal_checkout_publishable_key', lambda r: "const stripe = Stripe('pk_live_%s'); // publishable, safe in the browser\n" % rs(r, ALNUM, 99)),
  ('maps_and_recaptcha_site_keys', lambda r: '<div class="g-recaptcha" data-sitekey="6L%s"></div>\n<!-- site key is public; the secret lives server-side -->\n' % rs(r, ALNUM + '-_', 38)),
 ],
 'redacted_values_in_settlement_logs': [
  ('settlement_api_debug_masked', lambda r: 'DEBUG settlement-api auth header=Bearer ****%s client_secret=[FILTERED] db_password=********\n' % rs(r, LOW + DIG, 4)),
  ('config_dump_redacted', lambda r: 'wire_verify_key: <redacted>\npayoff_webhook_secret: "•••••••••"\nsftp_password: (hidden, %d chars)\n' % r.randint(10, 20)),
 ],
 'placeholder_values_in_escrow_configs': [
  ('escrow_env_example', lambda r: 'ESCROW_DB_PASSWORD=\nWIRE_VERIFY_KEY=<paste-your-key>\nPAYOFF_SECRET=changeme%s\n' % ('' if r.random() < 0.5 else '-please')),
  ('escrow_helm_values_placeholder', lambda r: 'ledger:\n  password: "{{ .Values.ledger.password }}"\n  apiKey: "${LEDGER_API_KEY:?required}"\n  # fill in at deploy time (%s)\n' % r.choice(['staging', 'prod', 'uat'])),
 ],
 'key_vault_and_cloud_secret_references': [
  ('azure_keyvault_reference_appsettings', lambda r: '"EscrowDb": "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/escrow-db/)"\n' % rs(r, LOW + DIG, 6)),
  ('aws_secretsmanager_dynamic_reference_cfn', lambda r: 'MasterUserPassword: "{{resolve:secretsmanager:title-plant/%s:SecretString:password}}"\n' % rs(r, LOW, 6)),
 ],
 'xml_dsig_and_cms_signature_values': [
  ('enotary_xmldsig_signature_block', lambda r: '<ds:SignedInfo>...</ds:SignedInfo>\n<ds:DigestValue>%s</ds:DigestValue>\n<ds:SignatureValue>%s</ds:SignatureValue>\n' % (b64(r, 32), b64(r, 96))),
  ('pades_cms_signature_dump', lambda r: 'PAdES signature /Contents <%s...> (CMS SignedData, signer cert serial %s)\n' % (rs(r, HEX.upper(), 96), rs(r, HEX, 16))),
 ],
 'bcrypt_and_argon2_user_hashes': [
  ('notary_users_bcrypt_rows', lambda r: 'id,email,password_hash\n%d,agent%d@example.com,%s\n' % (r.randint(1, 999), r.randint(1, 99), bcrypt_like(r))),
  ('closing_portal_argon2id_fixture', lambda r: '- model: portal.user\n  fields:\n    username: buyer%d\n    password: "%s"\n' % (r.randint(1, 999), argon(r))),
 ],
 'closing_talk_about_passwords_without_one': [
  ('closing_room_policy_notice', lambda r: 'Reminder: the closing-room PC password changes every %s. Ask the office manager in person; never write it on the signing packet.\n' % r.choice(['Monday', 'month', 'quarter'])),
  ('escrow_officer_reset_chat', lambda r: '%s: my ledger password expired again\nIT: reset link sent to your work email, pick something you have not used before\n' % r.choice(['Dana', 'Luis', 'Priya'])),
 ],
 'vendor_docs_example_values_ron_apis': [
  ('ron_api_docs_curl_example', lambda r: 'curl https://api.ron-vendor.example.com/v1/transactions \\\n  -H "ApiKey: YOUR_API_KEY_HERE" \\\n  -d signer_email=%s@example.com\n' % r.choice(['jane', 'sam', 'alex'])),
  ('esign_sdk_readme_placeholder_key', lambda r: 'client = EsignClient(api_key="00000000-0000-0000-0000-000000000000", account_id="%s")  # replace both\n' % rs(r, DIG, 7)),
 ],
}


def generate(seed=15706):
    r = random.Random(seed)
    out = []
    for cls, kinds in BASE.items():
        for kname, fn in kinds:
            for wname, wt in WRAPS:
                t = fn(r)
                if wt:
                    t = wt.replace('{N}', str(r.randint(100, 9999))).replace('{T}', t)
                out.append({'class': cls, 'container': kname + wname, 'text': t, 'source': 'negative'})
    return out
