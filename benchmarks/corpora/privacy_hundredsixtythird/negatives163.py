"""Hard negatives from the bakery / food-manufacturing / HACCP world."""
import base64, hashlib, random
from common163 import *


def gtin(r):
    s = '0' + rs(r, DIG, 12)
    return s + gs1_check(s)


def sscc(r):
    s = '0' + '0614141' + rs(r, DIG, 9)
    return s + gs1_check(s)


def bcrypt(r):
    al = './' + UP + LOW + DIG
    return '$2b$12$' + rs(r, al, 22) + rs(r, al, 31)


def argon(r):
    return '$argon2id$v=19$m=65536,t=3,p=4$' + b64(r, 16).rstrip('=') + '$' + b64(r, 32).rstrip('=')


K = {}
def kind(cls, name):
    def deco(f):
        K.setdefault(cls, []).append((name, f))
        return f
    return deco

C1 = 'production_lot_and_batch_codes'
@kind(C1, 'lot_code_register_csv')
def _(r):
    rows = ['lot,product,baked,line']
    for _ in range(4):
        rows.append('L26%03d-%s-%02d,%s,2026-%02d-%02d,%d' % (r.randint(1, 365), rs(r, UP, 2), r.randint(1, 40), r.choice(['sourdough 800g', 'brioche bun x6', 'rye loaf']), r.randint(1, 12), r.randint(1, 28), r.randint(1, 4)))
    return '\n'.join(rows)
@kind(C1, 'batch_record_json')
def _(r):
    return '{"batch_id": "B-%s", "mix_ticket": "%s", "recipe_rev": "R%d.%d", "oven_run": %d}' % (rs(r, UP + DIG, 10), rs(r, HEX, 12), r.randint(1, 20), r.randint(0, 9), r.randint(1000, 9999))

C2 = 'gs1_gtin_and_sscc_with_check_digits'
@kind(C2, 'case_label_gs1_128_string')
def _(r):
    return '(01)%s(10)%s(15)26%02d%02d' % (gtin(r), rs(r, UP + DIG, 8), r.randint(1, 12), r.randint(1, 28))
@kind(C2, 'pallet_sscc_manifest')
def _(r):
    return '\n'.join('pallet %d  SSCC %s' % (i + 1, sscc(r)) for i in range(3))

C3 = 'haccp_ccp_log_row_and_probe_ids'
@kind(C3, 'ccp_cooling_log_csv')
def _(r):
    return 'ccp_id,probe_serial,reading_c,checked_by\nCCP2-%s,TP%s,%.1f,%s' % (rs(r, HEX, 8), rs(r, DIG, 9), r.uniform(1, 5), r.choice(['MK', 'AL', 'JS']))
@kind(C3, 'probe_calibration_certificate')
def _(r):
    return 'Calibration cert %s-%s for probe %s, reference thermometer %s, deviation 0.%dC' % (rs(r, UP, 3), rs(r, DIG, 6), rs(r, UP + DIG, 12), rs(r, DIG, 10), r.randint(1, 4))

C4 = 'allergen_matrix_and_label_revision_ids'
@kind(C4, 'allergen_matrix_export')
def _(r):
    return 'SKU %s rev %s: gluten=Y milk=Y egg=%s sesame=N matrix_hash=%s' % (rs(r, DIG, 6), rs(r, HEX, 7), r.choice('YN'), rs(r, HEX, 16))
@kind(C4, 'label_artwork_revision_note')
def _(r):
    return 'Artwork %s approved, proof id %s, supersedes %s' % (uuid4(r), rs(r, UP + DIG, 14), rs(r, UP + DIG, 14))

C5 = 'oven_and_mixer_controller_serials_and_macs'
@kind(C5, 'controller_inventory_yaml')
def _(r):
    return 'oven_2:\n  serial: %s\n  mac: %s\n  fw_build: %s' % (rs(r, UP + DIG, 16), ':'.join('%02x' % r.randint(0, 255) for _ in range(6)), rs(r, HEX, 10))
@kind(C5, 'mixer_hmi_about_screen')
def _(r):
    return 'Spiral mixer SP-%d | S/N %s | Device GUID {%s} | PLC %s' % (r.randint(80, 300), rs(r, DIG, 12), uuid4(r).upper(), rs(r, UP + DIG, 20))

C6 = 'wholesale_order_and_invoice_numbers'
@kind(C6, 'standing_order_edi_line')
def _(r):
    return 'BEG*00*SA*PO%s**2026%02d%02d~REF*IA*%s~' % (rs(r, DIG, 10), r.randint(1, 12), r.randint(1, 28), rs(r, UP + DIG, 12))
@kind(C6, 'route_invoice_summary')
def _(r):
    return 'Invoice INV-%s route %s stop %d total 412.80 ref %s' % (rs(r, DIG, 8), rs(r, UP, 1) + rs(r, DIG, 2), r.randint(1, 30), rs(r, HEX, 24))

C7 = 'recall_notice_and_facility_registration_numbers'
@kind(C7, 'recall_notice_header')
def _(r):
    return 'Recall event %s-%s | FDA facility reg %s | DUNS %s' % (rs(r, DIG, 5), rs(r, UP, 2), rs(r, DIG, 11), rs(r, DIG, 9))
@kind(C7, 'mock_recall_exercise_report')
def _(r):
    return 'Mock recall %s traced %d cases in %d min; trace session %s' % (uuid4(r), r.randint(100, 999), r.randint(30, 240), rs(r, B64U, 22))

C8 = 'label_artwork_and_firmware_digests'
@kind(C8, 'firmware_sha256_manifest')
def _(r):
    return '%s  oven-hmi-v4.%d.bin\n%s  proofer-ctl-v2.%d.bin' % (sha256(r), r.randint(0, 9), sha256(r), r.randint(0, 9))
@kind(C8, 'artwork_md5_checklist')
def _(r):
    return 'MD5 (label_%s.pdf) = %s' % (rs(r, DIG, 6), md5(r))

C9 = 'webhook_delivery_ids_and_request_nonces'
@kind(C9, 'order_webhook_headers')
def _(r):
    return 'X-Delivery-Id: %s\nX-Request-Nonce: %s\nX-Timestamp: 17672%s' % (uuid4(r), rs(r, HEX, 32), rs(r, DIG, 5))
@kind(C9, 'haccp_form_csrf_field')
def _(r):
    return '<input type="hidden" name="csrfmiddlewaretoken" value="%s">' % rs(r, ALNUM, 64)

C10 = 'publishable_storefront_and_analytics_keys'
@kind(C10, 'storefront_checkout_script_tag')
def _(r):
    return '<script>const stripe = Stripe("pk_live_%s");</script>' % rs(r, ALNUM, 99)
@kind(C10, 'product_analytics_init')
def _(r):
    return "posthog.init('phc_%s', { api_host: 'https://eu.posthog.com' })" % rs(r, ALNUM, 43)

C11 = 'redacted_values_in_haccp_audit_exports'
@kind(C11, 'audit_export_masked_settings')
def _(r):
    return 'ERP_DB_PASSWORD=********\nLABEL_API_KEY=%s****%s\nSFTP_PASS=[redacted]' % (rs(r, LOW, 2), rs(r, DIG, 2))
@kind(C11, 'support_bundle_scrubbed_env')
def _(r):
    return 'env: {"OVEN_HMI_PASS": "<hidden %d chars>", "WEBHOOK_SECRET": "•••••••• (set)"}' % r.randint(10, 20)

C12 = 'placeholder_values_in_bakery_setup_guides'
@kind(C12, 'setup_guide_env_sample')
def _(r):
    return 'RECIPE_API_KEY=your-recipe-api-key-here\nERP_DB_PASSWORD=<set-me>\nHACCP_HMAC_KEY=${HACCP_HMAC_KEY:?missing}'
@kind(C12, 'vendor_sdk_docs_curl_sample')
def _(r):
    return 'curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" https://api.example.com/v%d/recipes?page=%d' % (r.randint(1, 3), r.randint(1, 9))

C13 = 'secret_store_references_in_plant_deployments'
@kind(C13, 'app_service_keyvault_reference')
def _(r):
    return 'ERP_DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-bakery-%s.vault.azure.net/secrets/erp-db/%s)' % (rs(r, LOW, 4), rs(r, HEX, 32))
@kind(C13, 'aws_secrets_manager_arn')
def _(r):
    return 'valueFrom: arn:aws:secretsmanager:eu-west-1:%s:secret:haccp/logger-%s' % (rs(r, DIG, 12), rs(r, ALNUM, 6))

C14 = 'encrypted_values_in_plant_configs'
@kind(C14, 'ansible_vault_blob')
def _(r):
    h = rs(r, HEX, 320)
    return 'erp_db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ' + '\n  '.join(h[i:i + 80] for i in range(0, 320, 80))
@kind(C14, 'age_armored_file')
def _(r):
    b = b64(r, 180)
    return '-----BEGIN AGE ENCRYPTED FILE-----\n' + '\n'.join(b[i:i + 64] for i in range(0, len(b), 64)) + '\n-----END AGE ENCRYPTED FILE-----'

C15 = 'password_hashes_in_shop_floor_user_tables'
@kind(C15, 'bcrypt_operator_rows')
def _(r):
    return 'id,login,hash\n%d,op_line2,%s\n%d,qa_lead,%s' % (r.randint(1, 99), bcrypt(r), r.randint(100, 199), bcrypt(r))
@kind(C15, 'argon2id_portal_users')
def _(r):
    return "INSERT INTO portal_users (email, pw_hash) VALUES ('driver%d@bakehouse.example', '%s');" % (r.randint(1, 50), argon(r))

C16 = 'food_safety_talk_about_passwords_without_one'
@kind(C16, 'haccp_policy_paragraph')
def _(r):
    return 'Section %d.%d: the HACCP tablet password is changed every 90 days by the QA lead and is never written on the probe log sheets or whiteboards.' % (r.randint(2, 9), r.randint(1, 9))
@kind(C16, 'night_shift_chat_reminder')
def _(r):
    return 'reminder for nights: oven HMI password changed today, ask %s in person, do NOT post it here (ticket %s)' % (r.choice(['Marek', 'Aisha', 'Tom']), rs(r, DIG, 5))

C17 = 'documentation_sample_credentials_in_bakery_sdks'
@kind(C17, 'sdk_readme_example_key')
def _(r):
    return 'client = RecipeClient(api_key="EXAMPLE-KEY-0000-0000")  # replace with your own key (sample %d)' % r.randint(1, 99)
@kind(C17, 'api_docs_all_x_token')
def _(r):
    return 'X-Api-Key: %s  (documentation value, %d x characters)' % ('x' * 32, 32)

WRAPPERS = [
    ('bakehouse_zulip_thread', lambda t: 'Zulip #plant-it > question\nkasia: is this safe to paste?\n' + t + '\nmarek: yes, nothing secret there'),
    ('food_safety_jira_ticket', lambda t: 'FSQA-%s Attachment excerpt:\n{noformat}\n' + t + '\n{noformat}'),
    ('qa_manager_gmail_thread', lambda t: 'From: QA Manager\nSubject: audit evidence\n\nPlease find below:\n\n' + t + '\n\nThanks'),
    ('haccp_wiki_bookstack_page', lambda t: '# HACCP evidence\n\n```\n' + t + '\n```\n'),
    ('recall_tool_github_review_comment', lambda t: '> ' + t.replace('\n', '\n> ') + '\n\nLGTM, these are not secrets.'),
]


def generate(reg_values, seed=16306):
    r = random.Random(seed)
    out = []
    for cls in K:
        for name, f in K[cls]:
            for pi in range(6):
                for _ in range(100):
                    body = f(r)
                    if pi == 0:
                        text, cont = body, name
                    else:
                        wn, wf = WRAPPERS[pi - 1]
                        text = wf(body).replace('%s', rs(r, DIG, 4), 1) if 'FSQA-%s' in wf('') else wf(body)
                        cont = name + '__in_' + wn
                    if not any(v in text for v in reg_values):
                        break
                out.append({'class': cls, 'container': cont, 'text': text, 'source': 'negative'})
    return out
