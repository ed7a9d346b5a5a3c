"""Hard negatives from the court / e-filing / jury world: look like secrets, are not."""
import random, hashlib
from common143 import *

def docket(r): return f'{r.randint(1,9)}:{r.randint(20,26)}-{r.choice(["cv","cr","bk","mj"])}-{r.randint(1,99999):05d}-{rs(r, UP, 3)}'

def k_docket_caption(r):
    return 'CASE NO. ' + docket(r) + '\nIN THE UNITED STATES DISTRICT COURT\nRelated: ' + docket(r) + ', ' + docket(r)
def k_state_case_rows(r):
    return 'case_number,filed,status\n' + '\n'.join(f'{r.choice(["CV","CR","FA","PR"])}{r.randint(2024,2026)}-{r.randint(1,999999):06d},2026-0{r.randint(1,9)}-1{r.randint(0,9)},open' for _ in range(4))
def k_envelope_ids(r):
    return 'EFSP submission log\n' + '\n'.join(f'envelopeId={r.randint(10**7, 10**8-1)} filingId={uuid4(r)} status=ACCEPTED' for _ in range(3))
def k_ecf_transaction_rows(r):
    return '<TransactionID>' + hexs(r, 24).upper() + '</TransactionID>\n<DocumentIdentification>' + str(r.randint(10**9, 10**10)) + '</DocumentIdentification>'
def k_juror_participant(r):
    return 'Juror participant no. ' + str(r.randint(10**8, 10**9-1)) + '  Pool ' + str(r.randint(100, 999)) + '-' + str(r.randint(1, 52)) + '  Group ' + str(r.randint(1, 40)) + '\nReport 2026-12-0' + str(r.randint(1, 9)) + ' 08:00, Jury Assembly Room'
def k_summons_barcodes(r):
    out = []
    for _ in range(4):
        b = str(r.randint(10**13, 10**14-1)); out.append(b + luhn_digit(b))
    return 'summons barcode batch (mod-10 check digit)\n' + '\n'.join(out)
def k_bar_numbers(r):
    return 'Attorney of record: J. Doe, State Bar No. ' + str(r.randint(100000, 399999)) + '\nCo-counsel: A. Roe, Bar ID ' + str(r.randint(1000000, 9999999))
def k_pacer_account_ids(r):
    return 'PACER account (login id, not a secret): ' + rs(r, LOW, 6) + str(r.randint(100, 999)) + '\nCM/ECF filer id ' + str(r.randint(10**5, 10**6))
def k_recording_sha256(r):
    return '\n'.join(hashlib.sha256(bytes(r.randrange(256) for _ in range(32))).hexdigest() + f'  4B_2026-11-{10+i}_AM.ogg' for i in range(3))
def k_recording_md5_manifest(r):
    return 'ftr-archive manifest\n' + '\n'.join(f'md5:{hashlib.md5(bytes(r.randrange(256) for _ in range(16))).hexdigest()} size={r.randint(10**6, 10**9)} room=3A' for _ in range(3))
def k_warrant_numbers(r):
    return 'Warrant no. W' + str(r.randint(2024, 2026)) + '-' + str(r.randint(10**5, 10**6)) + ' (bench)\nNCIC record ' + rs(r, UP, 1) + str(r.randint(10**8, 10**9))
def k_citation_numbers(r):
    return 'citation,agency,court_date\n' + '\n'.join(f'{rs(r, UP, 2)}{r.randint(10**6, 10**7)},{rs(r, UP, 4)},2027-01-{r.randint(10,28)}' for _ in range(3))
def k_fee_receipts(r):
    return 'Receipt ' + str(r.randint(10**7, 10**8)) + ' — filing fee $405.00 — confirmation ' + rs(r, UP + DIG, 12)
def k_payment_confirmation_json(r):
    return '{"payment_id": "pay_' + lan(r, 20) + '", "authorization_code": "' + rs(r, UP + DIG, 6) + '", "amount_cents": 40500}'
def k_publishable_key_embed(r):
    return '<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe(\'pk_live_' + an(r, 99) + '\');</script>'
def k_publishable_widget_config(r):
    return 'window.courtPay = { publishableKey: "pub_' + hexs(r, 32) + '", merchant: "county-clerk" };  // public by design'
def k_masked_settings_dump(r):
    return 'efsp.client_id=court-' + str(r.randint(100, 999)) + '\nefsp.client_secret=********\nsmtp.password=•••••••• (hidden)'
def k_redacted_log_lines(r):
    return f'2026-12-0{r.randint(1,9)}T10:1{r.randint(0,9)}Z INFO auth ok user=juryportal password=[REDACTED] token=***{rs(r, LOW+DIG, 4)}'
def k_env_template(r):
    return '# copy to .env and fill in\nEFSP_API_KEY=\nJURY_SMS_TOKEN=<paste-token>\nCMS_DB_PASSWORD=changeme-in-production\nFEE_CLIENT_SECRET=${FEE_CLIENT_SECRET}'
def k_docs_curl_example(r):
    return 'curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" https://api.example.com/v4/filings  # replace YOUR_ACCESS_TOKEN'
def k_azure_keyvault_refs(r):
    return f'CmsDbPassword=@Microsoft.KeyVault(SecretUri=https://kv-court-{lan(r,5)}.vault.azure.net/secrets/cms-db-password/)'
def k_onepassword_refs(r):
    return 'EFSP_API_KEY="op://Court IT/efsp-' + lan(r, 6) + '/credential"\nJURY_SMS_TOKEN="op://Court IT/jury-sms/token"'
def k_ansible_vault_blob(r):
    h = hexs(r, 240)
    return '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(h[i:i+80] for i in range(0, 240, 80))
def k_kms_ciphertext_blob(r):
    return 'fee_client_secret_ciphertext: AQICAH' + b64bytes(r, 120) + '  # KMS encrypted, decrypt at runtime'
def k_bcrypt_rows(r):
    A = './' + UP + LOW + DIG
    return 'user_id|password_hash\n' + '\n'.join(f'{r.randint(100,999)}|$2b$12${rs(r, A, 22)}{rs(r, A, 31)}' for _ in range(3))
def k_argon2_rows(r):
    return 'argon2 column: $argon2id$v=19$m=65536,t=3,p=4$' + b64bytes(r, 16, pad=False) + '$' + b64bytes(r, 32, pad=False)
def k_saml_request_ids(r):
    return '<samlp:AuthnRequest ID="_' + hexs(r, 40) + '" Version="2.0" IssueInstant="2026-12-05T14:02:11Z">'
def k_webauthn_challenge(r):
    return '{"publicKey": {"challenge": "' + b64bytes(r, 32, url=True, pad=False) + '", "rpId": "efile.example.org", "timeout": 60000}}'
def k_policy_prose(r):
    return 'Clerk office reminder: passwords for the case-management system must be 14+ characters, are never shared by email, and the e-filing service account password is rotated by IT only.'
def k_reset_chat(r):
    return 'juror: I forgot my portal password\nagent: I cannot send passwords; use "Forgot password" and we will text a reset link to the number on your summons.'
def k_nef_stamps(r):
    return '[STAMP dcecfStamp_ID=' + str(r.randint(10**9, 2 * 10**9)) + ' [Date=12/0' + str(r.randint(1, 9)) + '/2026] [FileNumber=' + str(r.randint(10**7, 10**8)) + '-0] [' + hexs(r, 128) + ']]'
def k_document_hash_notice(r):
    return 'Notice of Electronic Filing — Document description: Motion; Electronic document hash (SHA-256): ' + hashlib.sha256(bytes(r.randrange(256) for _ in range(40))).hexdigest()
def k_api_doc_example(r):
    return 'Example response:\n{"token_type": "Bearer", "access_token": "EXAMPLE-ACCESS-TOKEN-DO-NOT-USE", "expires_in": 3600}'
def k_sdk_readme_fake(r):
    return 'from courtsdk import Client\nclient = Client(api_key="sk_test_xxxxxxxxxxxxxxxxxxxxxxxx")  # sample value from the README'

CLASSES = [
 ('court_case_docket_numbers', [k_docket_caption, k_state_case_rows]),
 ('efiling_envelope_and_transaction_ids', [k_envelope_ids, k_ecf_transaction_rows]),
 ('juror_participant_and_summons_numbers', [k_juror_participant, k_summons_barcodes]),
 ('attorney_bar_and_filer_account_ids', [k_bar_numbers, k_pacer_account_ids]),
 ('courtroom_recording_file_digests', [k_recording_sha256, k_recording_md5_manifest]),
 ('warrant_and_citation_numbers', [k_warrant_numbers, k_citation_numbers]),
 ('court_fee_receipt_and_confirmation_numbers', [k_fee_receipts, k_payment_confirmation_json]),
 ('court_payment_publishable_keys', [k_publishable_key_embed, k_publishable_widget_config]),
 ('masked_filer_credentials', [k_masked_settings_dump, k_redacted_log_lines]),
 ('efiling_config_placeholders', [k_env_template, k_docs_curl_example]),
 ('key_vault_and_op_uri_references', [k_azure_keyvault_refs, k_onepassword_refs]),
 ('ansible_vault_and_kms_ciphertexts', [k_ansible_vault_blob, k_kms_ciphertext_blob]),
 ('bcrypt_and_argon2_hash_rows', [k_bcrypt_rows, k_argon2_rows]),
 ('saml_and_webauthn_challenges', [k_saml_request_ids, k_webauthn_challenge]),
 ('court_password_rules_prose', [k_policy_prose, k_reset_chat]),
 ('ecf_document_stamps_and_hashes', [k_nef_stamps, k_document_hash_notice]),
]
EXTRA = ('court_api_reference_sample_tokens', [k_api_doc_example, k_sdk_readme_fake])

WRAPS = [
 ('', '{T}'),
 ('__in_clerk_office_teams_thread', 'Teams › Clerk Office IT\nMorgan: is this safe to paste here?\n{T}\nRiley: yes, nothing secret in it'),
 ('__in_efiling_repo_pull_request', 'PR #{n} review comment:\n```\n{T}\n```\nLooks fine to commit.'),
 ('__in_court_it_service_ticket', 'INC{n} — attached output from the user:\n{T}\n-- end of attachment'),
 ('__in_case_management_wiki', '== Reference ==\n{T}\n(last edited by court IT)'),
 ('__in_judicial_council_email', 'Subject: FW: data for the quarterly report\n\n{T}\n\nRegards,\nAdministrative Office'),
]

def kind_name(fn): return fn.__name__[2:]

def build(seed=14306):
    r = random.Random(seed); out = []
    for cls, kinds in CLASSES:
        for fn in kinds:
            for suf, w in WRAPS:
                if cls == 'court_password_rules_prose' and suf and fn is k_policy_prose and suf == '__in_efiling_repo_pull_request':
                    pass
                t = fn(r)
                text = w.replace('{T}', t).replace('{n}', str(r.randint(1000, 9999)))
                out.append({'id': None, 'class': cls, 'container': kind_name(fn) + suf, 'text': text, 'source': 'negative'})
    return out
