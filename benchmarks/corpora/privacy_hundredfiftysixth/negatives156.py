"""Hard negatives: 16 classes x 2 base kinds x 6 presentations."""
import hashlib, random
from common156 import rs, uuid4, b64, b64u, ean13, luhn_digit, HEX, LOW, UP, DIG, ALNUM

H = HEX


def bcrypt_row(r):
    al = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return '$2b$12$' + rs(r, 22, al) + rs(r, 31, al)


def argon_row(r):
    return '$argon2id$v=19$m=65536,t=3,p=4$' + b64(r, 16).rstrip('=') + '$' + b64(r, 32).rstrip('=')


KINDS = {
    'pawn_ticket_and_loan_numbers': [
        ('pawn_ticket_reprint_log', lambda r: 'reprint ticket PT-%s-%s loan L%s item %s (gold chain 18ct, 12.4 g)' % (rs(r, 4, DIG), rs(r, 6, DIG), rs(r, 9, DIG), rs(r, 10, UP + DIG))),
        ('loan_export_csv_rows', lambda r: 'loan_id,ticket_no,customer_ref,principal\n%s,PT%s,CUS-%s,450.00\n%s,PT%s,CUS-%s,120.00' % (uuid4(r), rs(r, 8, DIG), rs(r, 7, DIG), uuid4(r), rs(r, 8, DIG), rs(r, 7, DIG))),
    ],
    'diamond_grading_report_numbers': [
        ('grading_report_lookup_url', lambda r: 'Report lookup: https://reports.example.org/check?reportno=%s&weight=1.02 (laser inscription on girdle: GIA %s)' % (rs(r, 10, DIG), rs(r, 10, DIG))),
        ('appraisal_pdf_footer', lambda r: 'Appraisal A-%s | certificate no. %s | document id %s | page 1 of 3' % (rs(r, 6, DIG), rs(r, 9, DIG), rs(r, 24, H))),
    ],
    'watch_serial_and_reference_numbers': [
        ('service_intake_form', lambda r: 'Intake: ref. %s, serial %s, calibre %s, case back no. %s, bracelet %s' % (rs(r, 6, DIG), rs(r, 8, UP + DIG), rs(r, 4, DIG), rs(r, 7, DIG), rs(r, 5, DIG))),
        ('parts_order_line_items', lambda r: 'PO-%s: 1x mainspring %s-%s, 2x gasket %s, crystal %s (ETA 14d)' % (rs(r, 6, DIG), rs(r, 3, DIG), rs(r, 4, DIG), rs(r, 9, UP + DIG), rs(r, 8, DIG))),
    ],
    'spot_price_feed_payloads': [
        ('spot_feed_json_response', lambda r: '{"timestamp": %s, "base": "USD", "rates": {"XAU": 0.000%s, "XAG": 0.0%s}, "request_id": "%s"}' % (rs(r, 10, DIG), rs(r, 6, DIG), rs(r, 6, DIG), rs(r, 32, H))),
        ('rate_board_cache_line', lambda r: 'cache hit key=spot:%s etag="%s" xau_gbp_g=%s.%s' % (rs(r, 16, H), rs(r, 40, H), r.randint(60, 90), rs(r, 2, DIG))),
    ],
    'secondhand_goods_report_receipts': [
        ('police_upload_receipt', lambda r: 'Upload accepted. Batch %s, receipt %s, %d transactions, checksum sha256:%s' % (uuid4(r), rs(r, 12, UP + DIG), r.randint(5, 90), hashlib.sha256(rs(r, 20).encode()).hexdigest())),
        ('hold_release_notice', lambda r: 'Hold released for item %s (report %s), officer badge %s' % (rs(r, 12, UP + DIG), rs(r, 14, DIG), rs(r, 5, DIG))),
    ],
    'showroom_sku_and_barcode_values': [
        ('pos_item_scan_log', lambda r: 'scan EAN %s -> SKU RNG-%s-%s (platinum band, size N)' % (ean13(r, '50'), rs(r, 4, DIG), rs(r, 3, UP))),
        ('stock_take_csv', lambda r: 'sku,ean,qty\nPND-%s,%s,2\nERG-%s,%s,1' % (rs(r, 5, DIG), ean13(r, '40'), rs(r, 5, DIG), ean13(r, '40'))),
    ],
    'publishable_payment_keys_on_shop_pages': [
        ('checkout_html_script_tag', lambda r: '<script>var stripe = Stripe("pk_live_%s");</script>' % rs(r, 99)),
        ('square_web_payments_init', lambda r: "const payments = Square.payments('sq0idp-%s', 'L%s');" % (rs(r, 22, ALNUM + '-_'), rs(r, 12, UP + DIG))),
    ],
    'masked_credentials_in_pos_logs': [
        ('pos_sync_log', lambda r: '%s INFO pos-sync connecting as %s password=******** api_key=****%s' % ('2026-03-0%d 09:%s:%s' % (r.randint(1, 9), rs(r, 2, '012345'), rs(r, 2, '012345')), 'showroom', rs(r, 4, H))),
        ('settings_screen_dump', lambda r: 'Integrations\n  Metal feed key: [hidden]\n  Police upload password: \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\n  Parts portal secret: (set %s)' % ('on ' + rs(r, 2, '12') + ' Mar')),
    ],
    'placeholder_values_in_pawn_software_docs': [
        ('install_guide_env_sample', lambda r: 'PAWN_DB_PASSWORD=<your-database-password>\nMETAL_FEED_API_KEY=your_key_here_%s\nPOLICE_UPLOAD_PASSWORD=' % rs(r, 2, DIG)),
        ('config_template_yaml', lambda r: 'loan_system:\n  jwt_secret: "CHANGE_ME_BEFORE_GO_LIVE"\n  layaway_webhook_secret: "${LAYAWAY_WH_SECRET:?missing}"  # rev %s' % rs(r, 7, H)),
    ],
    'secret_store_references_in_jewellery_deployments': [
        ('azure_app_setting_keyvault_ref', lambda r: 'LoanDbPassword=@Microsoft.KeyVault(SecretUri=https://kv-pawn-%s.vault.azure.net/secrets/loan-db-password/)' % rs(r, 4, LOW + DIG)),
        ('aws_secrets_manager_arn_in_task_def', lambda r: '"valueFrom": "arn:aws:secretsmanager:eu-west-2:%s:secret:pos/metal-feed-%s"' % (rs(r, 12, DIG), rs(r, 6, ALNUM))),
    ],
    'ansible_vault_and_age_ciphertexts': [
        ('ansible_vault_block', lambda r: 'vault_pos_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  %s\n  %s' % (rs(r, 80, H), rs(r, 80, H))),
        ('age_armored_file_head', lambda r: '-----BEGIN AGE ENCRYPTED FILE-----\n%s\n%s\n-----END AGE ENCRYPTED FILE-----' % (b64(r, 48), b64(r, 30))),
    ],
    'bcrypt_and_argon2_hash_rows': [
        ('staff_users_table_dump', lambda r: 'id | login | pw_hash\n7 | counter2 | %s\n9 | appraiser | %s' % (bcrypt_row(r), bcrypt_row(r))),
        ('argon2_fixture_json', lambda r: '{"model": "staff.user", "pk": %d, "fields": {"password": "%s"}}' % (r.randint(2, 90), argon_row(r))),
    ],
    'layaway_idempotency_and_request_ids': [
        ('payment_request_headers', lambda r: 'POST /v1/layaway/%s/instalments\nIdempotency-Key: %s\nX-Request-Id: %s' % (rs(r, 8, DIG), uuid4(r), rs(r, 26, UP + DIG))),
        ('instalment_webhook_body', lambda r: '{"event_id": "evt_%s", "plan": "lay_%s", "amount": 5000, "attempt": 1}' % (rs(r, 24), rs(r, 14, LOW + DIG))),
    ],
    'webhook_signature_header_digests': [
        ('signed_webhook_headers', lambda r: 'Stripe-Signature: t=%s,v1=%s' % (rs(r, 10, DIG), hashlib.sha256(rs(r, 30).encode()).hexdigest())),
        ('shopify_hmac_header_log', lambda r: 'verified X-Shopify-Hmac-Sha256: %s topic=orders/paid shop=%s.myshopify.com' % (b64(r, 32), rs(r, 8, LOW))),
    ],
    'vendor_doc_example_keys_for_jewellery_apis': [
        ('api_reference_curl', lambda r: 'curl https://api.example.org/v1/latest -H "x-access-token: YOUR_API_KEY"  # replace with the key from your dashboard (doc rev %s)' % rs(r, 4, DIG)),
        ('sdk_readme_sample', lambda r: 'client = MetalFeed(api_key="00000000000000000000000000000000")  # sample value from the README, section %d' % r.randint(2, 9)),
    ],
    'password_talk_without_value_at_the_counter': [
        ('counter_staff_reminder', lambda r: 'Reminder #%d: the back-office password changed on Monday. Ask the manager in person, never write it on the till or the pawn ledger.' % r.randint(10, 99)),
        ('pos_policy_paragraph', lambda r: 'Policy %s: POS passwords are at least 14 characters, rotated every 90 days, and are never sent by SMS, chat or e-mail.' % rs(r, 3, DIG)),
    ],
}
WRAPS = [
    ('', lambda t: t),
    ('__in_pawn_software_support_ticket', lambda t: 'Support ticket #%s\nCustomer pasted:\n%s\nAgent: looks fine, nothing sensitive.' % ('48213', t)),
    ('__in_jewellery_pos_pull_request', lambda t: 'PR #512 diff excerpt:\n```\n%s\n```\nLGTM' % t),
    ('__in_watchmaker_forum_post', lambda t: 'Posted in the watchmakers forum:\n> %s' % t.replace('\n', '\n> ')),
    ('__in_store_manager_email', lambda t: 'From: store manager\nSubject: FYI\n\n%s\n\nRegards' % t),
    ('__in_loss_prevention_wiki_page', lambda t: '== Loss prevention notes ==\n<pre>\n%s\n</pre>' % t),
]


def generate(forbidden, seed=15606):
    r = random.Random(seed)
    out = []
    for cls, kinds in KINDS.items():
        for kname, fn in kinds:
            for wname, wf in WRAPS:
                for _ in range(100):
                    t = wf(fn(r))
                    if not any(f in t for f in forbidden):
                        break
                out.append(dict(**{'class': cls}, container=kname + wname, text=t, source='negative'))
    return out
