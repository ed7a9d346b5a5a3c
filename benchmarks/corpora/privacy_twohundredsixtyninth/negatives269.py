"""Negatives: 20 classes from the same world, none holding a secret."""
import base64
import hashlib
import random

import common269 as C
import world269 as W

WRAPPERS = [
    ('', None),
    ('__forwarded_in_signal_chat', 'Fenella, [%02d/03/2026 09:%02d]\nForwarded for reference only - nothing here logs in to anything.\n'),
    ('__attached_to_jira_ticket', '%s attachment (public reference material, no credentials):\n'),
    ('__pinned_on_egg_room_noticeboard', 'EGG ROOM NOTICEBOARD - public information, no logins on this sheet\n'),
]

CHEMICALS = [('Glutaraldehyde', '111-30-8'), ('Formaldehyde', '50-00-0'), ('Hydrogen peroxide', '7722-84-1'),
             ('Peracetic acid', '79-21-0'), ('Sodium hypochlorite', '7681-52-9'), ('Citric acid', '77-92-9'),
             ('Lactic acid', '50-21-5'), ('Acetic acid', '64-19-7'), ('Ethanol', '64-17-5'), ('Propan-2-ol', '67-63-0'),
             ('Potassium peroxymonosulfate', '70693-62-8'), ('Sodium dichloroisocyanurate', '2893-78-9'),
             ('Didecyldimethylammonium chloride', '7173-51-5'), ('Glyoxal', '107-22-2'), ('Sodium hydroxide', '1310-73-2'),
             ('Phosphoric acid', '7664-38-2'), ('Sodium carbonate', '497-19-8')]


def gtin13(r):
    body = '50' + C.rstr(r, C.DIGITS, 10)
    return body + str(C.gtin_check(body))


def sscc(r):
    body = str(r.randint(0, 9)) + '5060' + C.rstr(r, C.DIGITS, 12)
    return body + str(C.gtin_check(body))


def s10(r):
    ser = C.rstr(r, C.DIGITS, 8)
    return r.choice(['AB', 'RB', 'JD', 'TT', 'WE']) + ser + str(C.s10_check(ser)) + 'GB'


def uscc(r):
    body = '91' + r.choice(['440300', '330200', '320500', '370200']) + C.rstr(r, C.USCC_AL, 9)
    return body + C.uscc_check(body)


def rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


# ------------------------------------------------------------------ base kinds
def b_artwork(r):
    g = gtin13(r)
    case = '1' + g[:12]
    case += str(C.gtin_check(case))
    return ('ARTWORK SPEC - Hollinbrook Free Range %s x%d\nPack GTIN-13: %s\nOuter case GTIN-14: %s\nBarcode: EAN-13, magnification 90%%, '
            'quiet zone 11X\nPrint: 2 colour flexo, recycled moulded pulp\n') % (r.choice(['Large', 'Medium', 'Mixed Weight']), r.choice([6, 12, 15]), g, case)


def b_pallet(r):
    s = sscc(r)
    g = gtin13(r)
    case = '1' + g[:12]
    case += str(C.gtin_check(case))
    return ('GS1-128 pallet label, Westfold despatch bay %d\n(00) %s\n(02) %s (37) %d\n(15) 26%02d%02d (10) WF%05d\n') % (
        r.randint(1, 4), s, case, r.choice([60, 80, 100]), r.randint(1, 12), r.randint(1, 28), r.randint(0, 99999))


def b_stamp_log(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append('2026-%02d-%02d %02d:%02d line %d stamp "%dUK%05d BB %02d.%02d" count %d' % (
            r.randint(1, 12), r.randint(1, 28), r.randint(5, 9), r.randint(0, 59), r.randint(1, 3), r.randint(0, 3),
            r.randint(10000, 99999), r.randint(1, 28), r.randint(1, 12), r.randint(8000, 20000)))
    return 'stamp-queue job log\n' + '\n'.join(lines) + '\n'


def b_code_table(r):
    rows = ['%dUK%05d,%s,%s' % (m, r.randint(10000, 99999), r.choice(['Hollinbrook Shed 1', 'Hollinbrook Shed 3', 'Brookside Farm',
                                                                     'Mill Lane Poultry']), ['organic', 'free range', 'barn', 'colony'][m])
            for m in [r.randint(0, 3) for _ in range(r.randint(3, 5))]]
    return 'producer_code,unit,method\n' + '\n'.join(rows) + '\n'


def b_coshh(r):
    chem = r.sample(CHEMICALS, 3)
    return ('COSHH ASSESSMENT - %s cleaning and disinfection\nProduct components:\n%s\nPPE: nitrile gloves, goggles, FFP3 '
            'when fogging\nReview date: 2026-%02d\n') % (r.choice(['shed turnaround', 'setter room', 'egg room']),
                                                        '\n'.join('  %s (CAS %s) %d-%d%%' % (n, c, r.randint(1, 10), r.randint(11, 30)) for n, c in chem),
                                                        r.randint(1, 12))


def b_sds(r):
    n, c = r.choice(CHEMICALS)
    return ('SECTION 3: Composition/information on ingredients\n3.2 Mixtures\n%s\n  CAS-No.: %s\n  EC-No.: %03d-%03d-%d\n  Concentration: '
            '%d - < %d %%\n') % (n, c, r.randint(200, 299), r.randint(100, 999), r.randint(0, 9), r.randint(1, 10), r.randint(11, 25))


def b_despatch(r):
    return 'Despatch note WF-%06d\n' % r.randint(0, 999999) + ''.join(
        '  parcel %d of %d  Royal Mail Tracked 24  %s\n' % (i + 1, 3, s10(r)) for i in range(3))


def b_lab_log(r):
    return ''.join('%02d/%02d salmonella swabs shed %d -> lab, tracking %s\n' % (r.randint(1, 28), r.randint(1, 12), r.randint(1, 4), s10(r))
                   for _ in range(r.randint(2, 4)))


def b_supplier_form(r):
    return ('Supplier onboarding - incubator spares\nCompany: %s Poultry Equipment Co., Ltd.\nUnified social credit code: %s\nIncoterms: '
            'FOB Ningbo\nBank: see separate verified letter\n') % (r.choice(['Qingdao Hengxin', 'Ningbo Dawei', 'Suzhou Lihua']), uscc(r))


def b_customs(r):
    return ('COMMERCIAL INVOICE No. %s%05d\nExporter USCC: %s\nConsignee: Caldermere Hatchery Ltd\nHS code 8436.21 (poultry incubators '
            'and brooders)\n') % (r.choice(['QH', 'ND', 'SL']), r.randint(0, 99999), uscc(r))


def b_sha(r):
    files = ['shedctl-fw-%d.%d.%d.bin' % (3, r.randint(0, 9), r.randint(0, 20)), 'setter-hmi-%d.%d.img' % (r.randint(1, 4), r.randint(0, 9)),
             'vending-fw-%d.%d.hex' % (r.randint(1, 3), r.randint(0, 30))]
    return '$ cat SHA256SUMS\n' + ''.join('%s  %s\n' % (hashlib.sha256(rb(r, 64)).hexdigest(), f) for f in files)


def b_gitlog(r):
    out = []
    for msg in r.sample(['fix lane 3 weight offset', 'bump chirpstack client', 'add vending refill report', 'hatch portal: order export',
                         'shed bridge: reconnect on modbus timeout', 'docs: night cover rota'], 3):
        h = hashlib.sha1(rb(r, 40)).hexdigest()
        out.append('commit %s\nAuthor: %s\n\n    %s\n' % (h, r.choice(W.PEOPLE), msg))
    return '$ git log -3\n' + '\n'.join(out)


BCRYPT_AL = './' + C.UPPER + C.LOWER + C.DIGITS


def b_users(r):
    rows = ['%d,%s,$2y$12$%s,2025-%02d-%02d' % (i + 1, W.email(r), C.rstr(r, BCRYPT_AL, 53), r.randint(1, 12), r.randint(1, 28))
            for i in range(3)]
    return 'mysql> SELECT id, email, password, created_at FROM users LIMIT 3;\n' + '\n'.join(rows) + '\n'


def _ab64(b):
    return base64.b64encode(b).decode().rstrip('=').replace('+', '.')


def b_scrypt(r):
    lines = []
    for u in r.sample(W.USERS[:17], 2):
        salt = rb(r, 16)
        dk = hashlib.scrypt(rb(r, 12), salt=salt, n=1024, r=8, p=1, dklen=32)
        lines.append('%s:$scrypt$ln=10,r=8,p=1$%s$%s' % (u, _ab64(salt), _ab64(dk)))
    return '# kiosk users (passlib scrypt)\n' + '\n'.join(lines) + '\n'


def wg_pub(r):
    return base64.b64encode(C.x25519(rb(r, 32))).decode()


def b_wireguard(r):
    n = r.randint(1, 4)
    return ('[Peer]\n# shed %d gateway\nPublicKey = %s\nAllowedIPs = 10.69.%d.0/24\nEndpoint = shed%d-ctl.%s:51820\nPersistentKeepalive = 25\n') % (
        n, wg_pub(r), n, n, W.FARM)


def b_sops_yaml(r):
    recips = [C.bech32_encode('age', C.x25519(rb(r, 32))) for _ in range(2)]
    return 'creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      %s,\n      %s\n' % tuple(recips)


def b_checkout(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_%s");\n</script>\n'
            '<div class="g-recaptcha" data-sitekey="6L%s"></div>\n') % (C.rstr(r, C.B62, 99), C.rstr(r, C.B64URL, 38))


def b_firebase(r):
    return ('const firebaseConfig = {\n  apiKey: "AIza%s",\n  authDomain: "hollinbrook-shop.firebaseapp.com",\n  projectId: '
            '"hollinbrook-shop",\n  appId: "1:%d:web:%s"\n};\n// browser key, restricted to shop.%s by HTTP referrer\n') % (
        C.rstr(r, C.B64URL, 35), r.randint(10 ** 11, 10 ** 12 - 1), C.rstr(r, C.HEXL, 22), W.FARM)


KEYS = ['SHED_CONTROLLER_PASSWORD', 'GRADER_SUPERVISOR_PASSWORD', 'FLOCK_DATA_API_KEY', 'HATCH_PORTAL_TOKEN', 'ORDER_PORTAL_APP_KEY',
        'CRACK_DETECTOR_LICENCE', 'SAMSARA_FLEET_API_TOKEN', 'TWILIO_ACCOUNT_AUTH_TOKEN', 'SHOPIFY_ADMIN_API_ACCESS_TOKEN',
        'INOVO_ACTIVATION_CODE']
PLACEHOLDERS = ['', 'changeme', '<set me>', 'REPLACE_ME', '${%s}', 'TODO', 'xxxxxxxx', '{{ vault_%s }}']


def _ph(r, k):
    p = r.choice(PLACEHOLDERS)
    return p % (k.lower() if 'vault' in p else k) if '%s' in p else p


def b_env_example(r):
    ks = r.sample(KEYS, 4)
    return '# .env.example - copy to .env and fill in\n' + ''.join('%s=%s\n' % (k, _ph(r, k)) for k in ks)


def b_helm_values(r):
    ks = r.sample(KEYS, 3)
    return 'env:\n' + ''.join('  %s: "%s"\n' % (k, _ph(r, k)) for k in ks)


def b_dash(r):
    rows = [('shpat_', 32), ('sk-proj-', 80), ('fdk_', 32), ('xoxb-', 40), ('GOCSPX-', 28)]
    out = []
    for pre, _n in r.sample(rows, 3):
        out.append('%-22s created 2025-%02d-%02d  last used %d days ago' % (pre + '\u2022' * 12 + C.rstr(r, C.HEXL, 4), r.randint(1, 12),
                                                                              r.randint(1, 28), r.randint(0, 40)))
    return 'API keys\n' + '\n'.join(out) + '\n'


def b_ci_mask(r):
    return ('$ ./deploy.sh %s\n+ export FLOCK_DATA_API_KEY=[MASKED]\n+ export SHED_CONTROLLER_PASSWORD=****\n+ curl -fsS -H "X-Flock-Data-Api-Key: [MASKED]" '
            'https://api.%s/health\n{"ok":true}\n') % (r.choice(W.REPOS), W.STUDIO)


def b_kv_refs(r):
    return ('FLOCK_DATA_API_KEY=@Microsoft.KeyVault(SecretUri=https://westfold-kv.vault.azure.net/secrets/flock-data/)\n'
            'STRIPE_KEY_ARN=arn:aws:secretsmanager:eu-west-2:%012d:secret:prod/egg-orders/stripe-%s\n') % (
        r.randint(10 ** 11, 10 ** 12 - 1), C.rstr(r, C.B62, 6))


def b_op_tpl(r):
    items = r.sample(['Red Tractor portal', 'Moba remote service', 'Shed 2 controller', 'Grader supervisor', 'Vending admin'], 2)
    return '# config.tpl, rendered with op inject\n' + ''.join('%s={{ op://Farm Ops/%s/credential }}\n' % (k, it) for k, it in
                                                              zip(r.sample(KEYS, 2), items))


def b_ansible_vault(r):
    hx = rb(r, r.randint(120, 200)).hex()
    lines = [hx[i:i + 80] for i in range(0, len(hx), 80)]
    return 'grader_db_login: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n' + ''.join('          %s\n' % l for l in lines)


def b_age_armor(r):
    b = base64.b64encode(rb(r, r.randint(150, 260))).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return 'backup of the shed controller exports (encrypted to the ops age key):\n-----BEGIN AGE ENCRYPTED FILE-----\n' + \
        '\n'.join(lines) + '\n-----END AGE ENCRYPTED FILE-----\n'


def b_readme(r):
    return ('## Authentication\n\nEvery request needs your flock-data key in a header:\n\n```\ncurl -H "X-Flock-Data-Api-Key: $FLOCK_DATA_API_KEY" '
            'https://api.%s/v%d/%s\n```\n\nKeys look like `fdk_` followed by 32 letters and digits, an underscore and 10 hex '
            'characters. Never paste a real key into an issue; rotate it from the %s page instead.\n') % (
        W.STUDIO, r.randint(1, 3), r.choice(['sheds', 'flocks', 'hatch-rates', 'eggs/daily', 'water-meters']),
        r.choice(['Settings', 'Account', 'Developer', 'Integrations']))


def b_api_ref(r):
    return ('POST /v1/orders\nAuthorization: Bearer <YOUR_HATCH_PORTAL_TOKEN>\nContent-Type: application/json\n\n'
            '{"chicks": %d, "breed": "%s", "delivery_date": "YYYY-MM-DD"}\n') % (r.choice([500, 1000, 3000]), r.choice(W.BREEDS_LAYER))


def b_manual(r):
    return r.choice([
        'Section 7.2 IT on the farm. Every shed controller has its own login, chosen by the unit manager and changed after each '
        'engineer visit. Do not write logins on the controller cabinet, on the whiteboard or in the shed diary.',
        'Logins for the grader, the stamp printer and the setter panels live in the company password manager. If you forget '
        'one, ask the duty manager to reset it; never ask a colleague to read one out over the radio.',
        'When a member of staff leaves, the duty manager changes every shared login they knew before the end of that shift and '
        'records the change (not the new value) in the biosecurity log.']) + '\n'


def b_induction(r):
    return ('New starter checklist - %s\n[ ] Biosecurity briefing and boot dip\n[ ] Personal login for the egg room PC (set your own '
            'on first sign-in, at least 12 characters)\n[ ] Read the password-manager guide\n[ ] Fire drill\n') % r.choice(W.FIRST)


def bad_cdv(r):
    ser = C.rstr(r, C.DIGITS, 8)
    return 'CDV-' + C.rstr(r, C.UPPER, 2) + ser + str((C.s10_check(ser) + r.randint(1, 9)) % 10) + C.rstr(r, C.UPPER, 2)


def bad_svx(r):
    body = C.rstr(r, C.DIGITS, 9)
    return 'SVX-%s-%s-%d' % (body[:7], body[7:], (C.cas_check(body) + r.randint(1, 9)) % 10)


def bad_iov(r):
    body = C.rstr(r, C.USCC_AL, 17)
    good = C.uscc_check(body)
    return 'IOV-' + body + r.choice([c for c in C.USCC_AL if c != good])


def bad_fdk(r):
    body = C.rstr(r, C.B62, 32)
    tail = C.ripemd160(body.encode())[:5].hex()
    wrong = C.rstr(r, C.HEXL, 10)
    return 'fdk_' + body + '_' + (wrong if wrong != tail else wrong[::-1])


def b_pytest(r):
    return ('@pytest.mark.parametrize("code", [\n    "%s",  # wrong S10 digit\n    "%s",  # wrong CAS digit\n    "%s",  # wrong '
            'mod-31 character\n    "%s",  # RIPEMD tail does not match\n])\ndef test_rejects_bad_codes(code):\n    assert not '
            'validate(code)\n') % (bad_cdv(r), bad_svx(r), bad_iov(r), bad_fdk(r))


def b_reject(r):
    fns = [bad_cdv, bad_svx, bad_iov, bad_fdk]
    return ''.join('2026-%02d-%02dT%02d:%02d:%02dZ activation rejected code=%s reason=check_failed\n' % (
        r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), f(r)) for f in r.sample(fns, 3))


def cph(r):
    return '%02d/%03d/%04d' % (r.randint(1, 99), r.randint(1, 999), r.randint(1, 9999))


def b_register(r):
    return ('APHA Poultry Register extract\nHolding: %s\nCPH: %s\nFlock number: PF%06d\nSpecies: laying hens, %d birds\nLast '
            'inspection: 2025-%02d-%02d\n') % (r.choice(['Hollinbrook Free Range', 'Hollinbrook (Mill Field)']), cph(r), r.randint(0, 999999),
                                              r.choice([16000, 32000, 48000]), r.randint(1, 12), r.randint(1, 28))


def b_movement(r):
    return ('General licence for the movement of day-old chicks\nLicence ref: ML/2026/%07d\nFrom CPH %s (Caldermere Hatchery) to '
            'CPH %s\nVehicle: %s\n') % (r.randint(0, 9999999), cph(r), cph(r), r.choice(['YX21 KHC', 'PN19 TGA', 'MA70 CHX']))


def deveui(r):
    return '70B3D57ED' + C.rstr(r, C.HEXU, 7)


def b_uplink(r):
    return ('{"deduplicationId": "%s", "deviceInfo": {"deviceName": "shed%d-climate", "devEui": "%s"},\n "fCnt": %d, "fPort": 2, "data": '
            '"%s", "rxInfo": [{"rssi": -%d, "snr": %d.%d}]}\n') % (C.uuid4(r), r.randint(1, 4), deveui(r).lower(), r.randint(100, 9000),
                                                                base64.b64encode(rb(r, 11)).decode(), r.randint(60, 118), r.randint(-5, 9), r.randint(0, 9))


def b_inventory(r):
    return 'dev_eui,join_eui,model,location\n' + ''.join('%s,%s,%s,%s\n' % (deveui(r), '0000000000000000', r.choice(['LHT65N', 'EM300-TH', 'LDDS75']),
                                                                        r.choice(['Shed 1', 'Shed 2', 'feed silo', 'egg room'])) for _ in range(3))


def b_answer_sheet(r):
    boxes = [(r.randint(5, 40), r.randint(1, 2)) for _ in range(5)]
    best = [0] * 8
    for i in range(4, -1, -1):
        best[i] = max(best[i + 1], boxes[i][0] + best[i + 1 + boxes[i][1]])
    start, drop = r.randint(80, 140), r.randint(3, 8)
    lims = [r.randint(30, 70) for _ in range(3)]
    p = start
    while not any(l >= p for l in lims):
        p -= drop
    return ('Open day answers (for the volunteers)\n1. Nest boxes [%s]: the best haul is %d eggs.\n2. Dutch auction, start %d, drop %d, '
            'limits %s: the lot sells at %d pounds.\n') % (' '.join('%d/%d' % b for b in boxes), best[0], start, drop,
                                                          ' '.join(map(str, lims)), p)


def b_club_solutions(r):
    a = [r.randint(3, 30) for _ in range(5)]
    srt = sorted(a)
    moves = sum(a) - len(a) * min(a)
    rising = 0
    prev = None
    for x in a:
        if prev is not None and x <= prev:
            rising += prev + 1 - x
            x = prev + 1
        prev = x
    return ('Puzzle page solutions\nTrays {%s}: %d top-up moves (add everything up and take off five times the smallest).\nShelves (%s): '
            '%d boxes must be added.\nSorted: %s\n') % (' '.join(map(str, a)), moves, ' '.join(map(str, a)), rising, ' '.join(map(str, srt)))


def b_orders(r):
    rows = ['EO-2026-%06d,%s,%d,pi_%s,paid' % (r.randint(0, 999999), r.choice(['Mill Lane Stores', 'Ludlow Deli', 'Teme Valley Cafe']),
                                               r.randint(10, 400), C.rstr(r, C.B62, 24)) for _ in range(3)]
    return 'order_no,customer,trays,payment_intent,status\n' + '\n'.join(rows) + '\n'


def b_payout(r):
    return ('Payout po_%s (GBP %d.%02d) arrived 2026-%02d-%02d\n  ch_%s  farm shop  %d.%02d\n  ch_%s  vending top-up  %d.%02d\n'
            'GoCardless payment %s  Xero INV-%04d  delivery note DN-%06d\nrequest id %s\n') % (
        C.rstr(r, C.B62, 24), r.randint(100, 3000), r.randint(0, 99), r.randint(1, 12), r.randint(1, 28), C.rstr(r, C.B62, 24), r.randint(5, 90),
        r.randint(0, 99), C.rstr(r, C.B62, 24), r.randint(5, 90), r.randint(0, 99), 'PM' + C.rstr(r, C.UPALNUM, 12), r.randint(1, 9999),
        r.randint(0, 999999), C.uuid4(r))


CLASSES = [
    ('egg_box_gtin_and_pallet_sscc_numbers', 'GTIN-13 / GTIN-14 of egg boxes and cases and SSCC-18 pallet codes (real GS1 mod-10 check digits)',
     [('egg_box_artwork_spec_sheet', b_artwork), ('pallet_label_gs1_128_text', b_pallet)]),
    ('uk_egg_producer_stamp_codes', 'producer codes printed on eggs (method digit + UK + establishment number): public identifiers',
     [('egg_stamp_printer_job_log', b_stamp_log), ('retailer_egg_code_lookup_table', b_code_table)]),
    ('disinfectant_cas_registry_numbers', 'CAS numbers of real disinfectant chemicals (valid CAS check digits: the same algorithm as the SVX- positives)',
     [('coshh_assessment_sheet', b_coshh), ('disinfectant_safety_data_sheet_section', b_sds)]),
    ('royal_mail_s10_tracking_numbers', 'S10 parcel tracking numbers with valid check digits (the same algorithm as the CDV- positives)',
     [('despatch_note_tracking_lines', b_despatch), ('lab_sample_courier_log', b_lab_log)]),
    ('supplier_unified_credit_codes', 'unified social credit codes of Chinese equipment suppliers (valid mod-31 check: the IOV- algorithm)',
     [('supplier_onboarding_form', b_supplier_form), ('import_customs_invoice_header', b_customs)]),
    ('firmware_and_release_sha256_digests', 'SHA-256 firmware sums and git commit ids (real digests of random bytes)',
     [('controller_firmware_sha256sums', b_sha), ('git_log_commit_listing', b_gitlog)]),
    ('bcrypt_and_scrypt_password_hashes', 'one-way hashes: bcrypt strings in a column called password (random in frame) and real scrypt hashes',
     [('laravel_users_table_dump', b_users), ('passlib_scrypt_hash_file', b_scrypt)]),
    ('wireguard_and_age_public_keys', 'real X25519 public keys as WireGuard peers and real bech32 age recipients',
     [('wireguard_peer_section', b_wireguard), ('sops_yaml_age_recipients', b_sops_yaml)]),
    ('storefront_publishable_client_keys', 'public by design: a Stripe publishable key, a reCAPTCHA site key, a referrer-restricted Firebase browser key',
     [('farm_shop_checkout_snippet', b_checkout), ('firebase_web_app_config', b_firebase)]),
    ('dotenv_and_helm_placeholder_templates', "this corpus's own key names with empty, changeme, REPLACE_ME, ${VAR} and {{ vault_x }} values",
     [('env_example_file', b_env_example), ('helm_values_template', b_helm_values)]),
    ('masked_key_previews_in_dashboards', 'bullet masks keeping at most four characters, [MASKED] and **** in CI output',
     [('vendor_dashboard_key_table', b_dash), ('ci_log_masked_output', b_ci_mask)]),
    ('keyvault_arn_and_op_uri_pointers', 'pointers: Key Vault references, Secrets Manager ARNs and op:// references',
     [('app_settings_keyvault_references', b_kv_refs), ('op_inject_config_template', b_op_tpl)]),
    ('ansible_vault_and_age_armored_ciphertexts', 'ciphertexts whose key is elsewhere: $ANSIBLE_VAULT hex bodies and age armour (random in frame)',
     [('ansible_vault_encrypted_vars', b_ansible_vault), ('age_armored_backup_note', b_age_armor)]),
    ('vendor_api_docs_placeholder_examples', 'documentation with $VARIABLES, <YOUR_...> placeholders and a description of the fdk_ shape',
     [('integration_readme_markdown', b_readme), ('api_reference_auth_snippet', b_api_ref)]),
    ('biosecurity_manual_password_policy_prose', 'manual and induction prose about logins, with no value',
     [('staff_biosecurity_manual_it_page', b_manual), ('new_starter_induction_checklist', b_induction)]),
    ('failed_check_licence_code_fixtures', "this corpus's own CDV- / SVX- / IOV- / fdk_ layouts with a wrong S10 digit, CAS digit, mod-31 character or RIPEMD-160 tail",
     [('licence_validator_pytest_cases', b_pytest), ('licence_activation_failure_log', b_reject)]),
    ('cph_holding_and_flock_register_ids', 'County Parish Holding numbers, flock numbers and movement licence references',
     [('apha_flock_register_extract', b_register), ('bird_movement_licence_text', b_movement)]),
    ('lorawan_eui_and_sensor_telemetry', 'LoRaWAN DevEUIs (public identifiers) and uplink payloads (encrypted sensor data, random in frame)',
     [('chirpstack_uplink_event_json', b_uplink), ('sensor_inventory_csv', b_inventory)]),
    ('genuine_poultry_puzzle_worksheets', 'genuine puzzle answers in the look of four evasions, carrying nothing',
     [('hatchery_open_day_answer_sheet', b_answer_sheet), ('egg_club_puzzle_page_solutions', b_club_solutions)]),
    ('order_delivery_and_payment_references', 'order numbers, payment intent, charge and payout ids, mandate payments, invoices and request ids',
     [('egg_order_export_csv', b_orders), ('stripe_payout_reconciliation', b_payout)]),
]
PER_CLASS = 11


def clean(text, reg_items):
    if C.PW_FORM_ANY.search(text) or C.JWT_RE.search(text) or not C.uuids_ok(text):
        return False
    for s in reg_items:
        if len(s) >= 6 and s in text:
            return False
    return True


def build(reg, seed=26906):
    rng = random.Random(seed)
    recs = []
    seen = set()
    items = [s for s in reg.items if len(s) >= 6]
    for cname, _d, bases in CLASSES:
        for k in range(PER_CLASS):
            bname, fn = bases[k % 2]
            wname, wtmpl = WRAPPERS[(k // 2) % 4]
            while True:
                body = fn(rng)
                if wtmpl is None:
                    text = body
                elif '%02d' in wtmpl:
                    text = wtmpl % (rng.randint(1, 28), rng.randint(0, 59)) + body
                elif '%s' in wtmpl:
                    text = wtmpl % rng.choice(W.TICKETS) + body
                else:
                    text = wtmpl + body
                if text not in seen and clean(text, items):
                    break
            seen.add(text)
            recs.append({'class': cname, 'container': bname + wname, 'text': text, 'source': 'negative'})
    return recs
