"""Hard negatives from the beverage world: secret-looking strings that are not secrets."""
import random, hashlib, base64, string
from common131 import rs, hx, uuid4, b64, ALNUM, UPNUM, B64URL, LOWNUM

D = string.digits

def gs1_check(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)

def gtin14(r):
    body = str(r.randint(1, 8)) + '0' + rs(r, 11, D)
    return body + gs1_check(body)

def sscc18(r):
    body = '0' + '0' + rs(r, 15, D)
    return body + gs1_check(body)

def mac(r):
    return ':'.join('%02X' % r.randint(0, 255) for _ in range(6))

def sha256(r):
    return hashlib.sha256(rs(r, 20).encode()).hexdigest()

def sha1(r):
    return hashlib.sha1(rs(r, 20).encode()).hexdigest()

RECIPES = ['Hazy IPA', 'Kellerbier', 'Gose', 'Baltic Porter', 'Saison', 'West Coast Pils', 'Oud Bruin', 'Dunkelweizen']
VARS = ['Cabernet Sauvignon', 'Pinot Noir', 'Chardonnay', 'Zinfandel', 'Syrah', 'Riesling', 'Grenache']

def k_batch_csv(r):
    rows = ['batch,gyle,recipe,brew_date,vessel']
    for _ in range(4):
        rows.append('B%02d-%04d,G%04d,%s,2026-%02d-%02d,FV%02d' % (r.randint(24, 26), r.randint(1, 9999), r.randint(1000, 9999), r.choice(RECIPES), r.randint(1, 12), r.randint(1, 28), r.randint(1, 40)))
    return '\n'.join(rows)

def k_ferm_json(r):
    return '{"fermenter": "FV%02d", "batch_id": "B26-%04d", "brewsheet": "BS%08d", "yeast_gen": %d, "pitch_id": "%s"}' % (r.randint(1, 40), r.randint(1, 9999), r.randint(0, 10 ** 8 - 1), r.randint(1, 9), 'P' + rs(r, 10, UPNUM))

def k_keg_scan(r):
    return '\n'.join('scan %s epc=%s keg=K%06d loc=dock-%d' % ('2026-05-%02dT0%d:1%d' % (r.randint(1, 28), r.randint(0, 9), r.randint(0, 9)), hx(r, 24).upper(), r.randint(0, 999999), r.randint(1, 4)) for _ in range(3))

def k_cask_manifest(r):
    return 'Cask return manifest %s\n' % ('CR-' + rs(r, 6, D)) + '\n'.join('  firkin %s  tag %s' % ('FK' + rs(r, 7, D), rs(r, 12, UPNUM)) for _ in range(3))

def k_ttb_header(r):
    return "Brewer's Notice: BR-%s-%05d\nEIN: %02d-%07d\nTTB return period: 2026-Q%d\nReturn serial: %s" % (r.choice(['CA', 'OR', 'VT', 'MI']), r.randint(1, 99999), r.randint(10, 99), r.randint(0, 9999999), r.randint(1, 4), '26' + rs(r, 6, D))

def k_cola_rows(r):
    return 'ttb_id,brand,class\n' + '\n'.join('%s,%s,%s' % ('26' + rs(r, 12, D), r.choice(RECIPES), r.choice(['MALT BEVERAGE', 'TABLE RED WINE', 'HARD CIDER'])) for _ in range(3))

def k_lot_table(r):
    return 'lot | variety | vessel\n' + '\n'.join('%02d%s-BLK%d-T%02d | %s | %s' % (r.randint(22, 26), rs(r, 2, string.ascii_uppercase), r.randint(1, 12), r.randint(1, 40), r.choice(VARS), 'BRL-' + rs(r, 5, D)) for _ in range(3))

def k_barrel_inv(r):
    return '\n'.join('barrel %s cooperage=%s toast=M+ fill=%d' % (rs(r, 3, string.ascii_uppercase) + rs(r, 5, D), r.choice(['Seguin', 'Taransaud', 'Radoux']), r.randint(1, 4)) for _ in range(3))

def k_gtin(r):
    return 'Case GTIN-14 list (check digits verified):\n' + '\n'.join('%s  %s 4x6 16oz' % (gtin14(r), r.choice(RECIPES)) for _ in range(3))

def k_sscc(r):
    return 'PALLET LABEL\n(00) %s\n(02) %s\n(37) %d' % (sscc18(r), gtin14(r), r.randint(20, 120))

def k_pk_live(r):
    return '<script>\n  const stripe = Stripe("pk_live_%s");\n  const elements = stripe.elements();\n</script>' % rs(r, 99)

def k_sq_appid(r):
    return 'const payments = Square.payments("sq0idp-%s", "L%s");' % (rs(r, 22, B64URL), rs(r, 12, UPNUM))

def k_masked(r):
    return 'Integration | Secret\nToast | %s\nSquare | sq0csp-%s%s\nEkos | %s' % ('*' * 24 + hx(r, 4), '\u2022' * 12, hx(r, 4), '(hidden)')

def k_redacted(r):
    return '%s INFO sync: POST /v1/orders Authorization: Bearer [REDACTED] status=200 req=%s' % ('2026-06-%02dT1%d:0%d:00Z' % (r.randint(1, 28), r.randint(0, 9), r.randint(0, 9)), rs(r, 8, LOWNUM))

def k_env_example(r):
    return 'TOAST_CLIENT_SECRET=<paste-from-toast-portal>\nEKOS_API_KEY=your-ekos-api-key-here\nCELLAR_MQTT_PASS=changeme\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\n# batch %d' % r.randint(1, 999)

def k_docs_curl(r):
    return 'curl https://api.example.com/v%d/kegs \\\n  -H "Authorization: Bearer YOUR_KEG_TRACKING_TOKEN" \\\n  -H "Accept: application/json"' % r.randint(1, 4)

def k_arn(r):
    return 'CELLAR_DB_SECRET_ARN=arn:aws:secretsmanager:us-west-2:%s:secret:cellar/db-%s' % (rs(r, 12, D), rs(r, 6))

def k_kv_ref(r):
    return 'ExciseDb: "@Microsoft.KeyVault(SecretUri=https://brew-kv-%s.vault.azure.net/secrets/excise-db/%s)"\nPOS_TOKEN: projects/brew-%d/secrets/pos-token/versions/%d' % (rs(r, 4, LOWNUM), hx(r, 32), r.randint(100, 999), r.randint(1, 9))

def k_ansible_vault(r):
    h = hx(r, 240)
    return 'mqtt_pass: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join('  ' + h[i:i + 80] for i in range(0, 240, 80))

def k_kms_env(r):
    return 'DISTRIBUTOR_SECRET_ENC=AQICAHg' + b64(r, 120)[:150] + '  # KMS ciphertext, decrypted at boot by kms:Decrypt'

def k_memo(r):
    return 'Reminder for cellar staff: the tank-controller password is rotated every %d days. Never write it on the glycol room whiteboard; ask the head brewer for the current one in person.' % r.choice([30, 60, 90])

def k_chat_help(r):
    return 'taproom-%d: anyone know the POS admin password? locked out again\nmanager: not posting it here - check the 1Password vault "Taproom" or DM me' % r.randint(1, 9)

def k_label_sha(r):
    return '\n'.join('%s  labels/%s_%dml.pdf' % (sha256(r), r.choice(RECIPES).lower().replace(' ', '_'), r.choice([330, 355, 473, 750])) for _ in range(3))

def k_git_log(r):
    return '\n'.join('commit %s\n    recipe: adjust %s hop schedule' % (sha1(r), r.choice(RECIPES)) for _ in range(2))

def k_tilt(r):
    colors = ['10', '20', '30', '40', '50', '60', '70', '80']
    return '\n'.join('ibeacon uuid=A495BB%s-C5B1-4B44-B512-1370F02D74DE major=%d minor=%d mac=%s rssi=-%d' % (r.choice(colors), r.randint(32, 90), r.randint(990, 1120), mac(r), r.randint(40, 95)) for _ in range(2))

def k_mac_inv(r):
    return 'gateway,mac,serial\n' + '\n'.join('gw-cellar-%02d,%s,SN%s' % (r.randint(1, 30), mac(r), rs(r, 10, UPNUM)) for _ in range(3))

def k_webhook_headers(r):
    return 'X-Request-Id: %s\nIdempotency-Key: %s\nX-Delivery-Attempt: %d' % (uuid4(r), uuid4(r), r.randint(1, 5))

def k_trace_log(r):
    return 'trace_id=%s span_id=%s order=%s status=201' % (hx(r, 32), hx(r, 16), 'ORD-' + rs(r, 8, D))

def k_excise_summary(r):
    return 'Excise return EX-%d-%05d  period 2026-%02d  barrels removed: %d.%02d  tax due: $%d.%02d' % (r.randint(2025, 2026), r.randint(1, 99999), r.randint(1, 12), r.randint(10, 999), r.randint(0, 99), r.randint(100, 9999), r.randint(0, 99))

def k_invoice_list(r):
    return '\n'.join('INV-%s  %s  $%d.%02d' % (rs(r, 9, D), r.choice(['Southern Glazers', 'Breakthru', 'Johnson Bros']), r.randint(100, 20000), r.randint(0, 99)) for _ in range(3))

def k_client_id(r):
    return 'oauth:\n  client_id: "%s"\n  redirect_uri: https://club.example.com/callback\n  # client secret comes from the secret store' % uuid4(r)

def k_jwks(r):
    n = base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(256))).decode().rstrip('=')
    return '{"keys": [{"kty": "RSA", "use": "sig", "kid": "%s", "e": "AQAB", "n": "%s"}]}' % (hx(r, 16), n)

CLASSES = [
    ('brew_batch_and_gyle_numbers', [('brew_log_batch_register_csv', k_batch_csv), ('fermenter_assignment_json', k_ferm_json)]),
    ('keg_and_cask_serials_and_rfid_epcs', [('keg_fleet_dock_scan_export', k_keg_scan), ('cask_return_manifest', k_cask_manifest)]),
    ('ttb_permit_and_label_approval_ids', [('ttb_brewers_notice_header', k_ttb_header), ('label_approval_registry_rows', k_cola_rows)]),
    ('wine_lot_and_barrel_codes', [('winery_lot_composition_table', k_lot_table), ('barrel_room_inventory_export', k_barrel_inv)]),
    ('gs1_case_and_pallet_codes_with_check_digits', [('case_gtin14_listing', k_gtin), ('pallet_sscc_label_text', k_sscc)]),
    ('storefront_publishable_payment_ids', [('checkout_page_publishable_key_script', k_pk_live), ('web_payments_application_id_init', k_sq_appid)]),
    ('masked_taproom_integration_secrets', [('pos_settings_masked_rows', k_masked), ('order_sync_log_redacted_bearer', k_redacted)]),
    ('brewery_template_placeholder_values', [('cellar_env_sample_file', k_env_example), ('keg_api_docs_curl_example', k_docs_curl)]),
    ('cloud_secret_manager_references', [('secretsmanager_arn_env_line', k_arn), ('keyvault_and_secret_version_refs', k_kv_ref)]),
    ('ansible_vault_and_kms_ciphertexts', [('ansible_vault_inline_blob', k_ansible_vault), ('kms_ciphertext_env_value', k_kms_env)]),
    ('cellar_password_talk_without_value', [('password_rotation_memo', k_memo), ('taproom_login_help_chat', k_chat_help)]),
    ('label_and_recipe_file_digests', [('label_artwork_sha256_manifest', k_label_sha), ('recipe_repo_commit_log', k_git_log)]),
    ('ble_hydrometer_beacons_and_mac_addresses', [('hydrometer_ibeacon_scan_log', k_tilt), ('sensor_gateway_mac_inventory', k_mac_inv)]),
    ('webhook_request_and_trace_ids', [('pos_webhook_delivery_headers', k_webhook_headers), ('order_api_trace_log_line', k_trace_log)]),
    ('excise_return_and_invoice_numbers', [('excise_return_summary_line', k_excise_summary), ('distributor_invoice_listing', k_invoice_list)]),
    ('public_oauth_client_ids_and_jwks', [('club_oauth_client_id_config', k_client_id), ('jwks_public_rsa_key_json', k_jwks)]),
]

WRAPPERS = [
    ('', None),
    ('__in_brewery_slack_thread', 'Pasting this from the cellar box, is any of it sensitive?\n```\n{t}\n```\nLooks fine to me, nothing secret in there.'),
    ('__in_cellar_ops_ticket', 'Ticket OPS-{n}: attached output below for reference.\n\n{t}\n\nNo credentials included.'),
    ('__in_taproom_app_pr_review', 'Review comment on fixtures:\n> {t}\nThese are public ids / test data, ok to commit.'),
    ('__in_brewery_wiki_page', '== Reference ==\n{t}\n(last edited by the packaging team)'),
    ('__in_distributor_mail', 'Hello,\n\nas requested, the details:\n\n{t}\n\nBest regards,\nDistributor support'),
]

def build(seed):
    r = random.Random(seed)
    out = []
    for cls, kinds in CLASSES:
        for kind, fn in kinds:
            for suf, w in WRAPPERS:
                t = fn(r)
                if w is not None:
                    t = w.replace('{n}', str(r.randint(1000, 9999))).replace('{t}', t)
                out.append(dict(**{'class': cls}, container=kind + suf, text=t, source='negative'))
    return out
