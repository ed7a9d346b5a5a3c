"""Negatives: 22 classes x 2 base kinds x 5 presentations, all from the same world, none holding a secret."""
import base64
import hashlib
import random
import re

import common255 as C
import everyday255

SEED = 25506

# published aroma-chemical identifiers (CAS / EC check digits verified by the build)
CHEMICALS = [
    # name, CAS, EC or None, formula, nominal mass
    ('Linalool', '78-70-6', '201-134-4', 'C10H18O', 154),
    ('d-Limonene', '5989-27-5', '227-813-5', 'C10H16', 136),
    ('Vanillin', '121-33-5', '204-465-2', 'C8H8O3', 152),
    ('Coumarin', '91-64-5', '202-086-7', 'C9H6O2', 146),
    ('Geraniol', '106-24-1', '203-377-1', 'C10H18O', 154),
    ('Eugenol', '97-53-0', '202-589-1', 'C10H12O2', 164),
    ('Citral', '5392-40-5', '226-394-6', 'C10H16O', 152),
    ('Benzyl benzoate', '120-51-4', '204-402-9', 'C14H12O2', 212),
    ('Iso E Super', '54464-57-2', None, 'C16H26O', 234),
    ('Hedione', '24851-98-7', None, 'C13H22O3', 226),
    ('Galaxolide', '1222-05-5', None, 'C18H26O', 258),
    ('Ambroxan', '6790-58-5', None, 'C16H28O', 236),
    ('Citronellol', '106-22-9', None, 'C10H20O', 156),
    ('Cinnamal', '104-55-2', None, 'C9H8O', 132),
    ('Hexyl cinnamal', '101-86-0', None, 'C15H20O', 216),
    ('Benzyl salicylate', '118-58-1', None, 'C14H12O3', 228),
    ('Phenethyl alcohol', '60-12-8', None, 'C8H10O', 122),
    ('Benzyl acetate', '140-11-4', None, 'C9H10O2', 150),
    ('alpha-Isomethyl ionone', '127-51-5', None, 'C14H22O', 206),
]
NOMINAL = {'C': 12, 'H': 1, 'N': 14, 'O': 16}


def nominal_mass(f):
    return sum(NOMINAL[a] * (int(b) if b else 1) for a, b in re.findall(r'([A-Z])(\d*)', f))


def rand_cas(rng):
    body = str(rng.randrange(50, 99999)) + '%02d' % rng.randrange(100)
    return '%s-%s-%d' % (body[:-2], body[-2:], C.cas_check(body))


def rand_ec(rng):
    while True:
        six = '%06d' % rng.randrange(200000, 310000)
        k = C.ec_check(six)
        if k < 10:
            return '%s-%s-%d' % (six[:3], six[3:], k)


def rand_vat(rng):
    while True:
        d = [rng.randrange(10) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(8, 1, -1), d))
        chk = (-s - (55 if rng.random() < 0.5 else 0)) % 97
        v = ''.join(map(str, d)) + '%02d' % chk
        if C.uk_vat_valid(v):
            return v


def h(rng, n):
    return C.rand_str(rng, C.HEX, n)


def day(rng):
    return '2025-%02d-%02d' % (rng.randrange(1, 13), rng.randrange(1, 29))


# ------------------------------------------------------------------ base kinds
def ifra_allergen_declaration_table(rng):
    rows = rng.sample(CHEMICALS, 6)
    lines = ['Allergen declaration - %s (EDP 50 ml)' % rng.choice(['Oakmoss Reverie', 'Salt & Smoke', 'Tonka Nights']),
             'INCI name                  | CAS        | % in product']
    for name, cas, _, _, _ in rows:
        lines.append('%-26s | %-10s | %.3f' % (name, cas, rng.uniform(0.001, 0.9)))
    return '\n'.join(lines) + '\n'


def supplier_coa_header(rng):
    name, cas, ec, f, m = rng.choice(CHEMICALS)
    return ('CERTIFICATE OF ANALYSIS\nProduct: %s\nCAS: %s\nBatch: %s%d\nPurity (GC): %.1f %%\nRefractive index (20 C): %.4f\n'
            'Related trial material: CAS %s\nReleased by QC on %s\n'
            % (name, cas, rng.choice(['PW', 'AL', 'FX']), rng.randrange(10000, 99999), rng.uniform(96, 99.9),
               rng.uniform(1.44, 1.56), rand_cas(rng), day(rng)))


def sds_section_three_composition(rng):
    rows = [c for c in CHEMICALS if c[2]]
    pick = rng.sample(rows, 3)
    lines = ['SECTION 3: Composition/information on ingredients', 'Substance            EC No.      CAS No.     Conc.   Classification']
    for name, cas, ec, _, _ in pick:
        lines.append('%-20s %-11s %-11s %d-%d%%  Skin Sens. 1B; H317' % (name, ec, cas, rng.randrange(1, 5), rng.randrange(5, 20)))
    lines.append('Other component          %s' % rand_ec(rng))
    return '\n'.join(lines) + '\n'


def clp_label_hazard_block(rng):
    name, cas, ec, f, m = rng.choice([c for c in CHEMICALS if c[2]])
    return ('WARNING\nContains %s (EC %s). May produce an allergic reaction.\nH317 May cause an allergic skin reaction.\n'
            'H412 Harmful to aquatic life with long lasting effects.\nP101 If medical advice is needed, have product container or label at hand.\n'
            'Wickhollow Candle Workshop, Unit %d, Mill Lane\n' % (name.lower(), ec, rng.randrange(2, 20)))


def invoice_footer_vat_line(rng):
    return ('Thank you for your order!\nLyeworks Soap Co. - Registered in England & Wales No. %08d\nVAT Reg. No. GB %s %s %s\n'
            % (rng.randrange(10 ** 7, 10 ** 8), *(lambda v: (v[:3], v[3:7], v[7:]))(rand_vat(rng))))


def customs_declaration_trader_block(rng):
    v = rand_vat(rng)
    return ('Consignor: Ambergris & Ash Perfumery\nEORI: GB%s000\nVAT: GB%s\nCommodity code: 3303 00 10 00 (perfumes)\n'
            'Net mass: %.2f kg\n' % (v, v, rng.uniform(0.4, 12)))


def batch_record_header(rng):
    return ('BATCH RECORD  LW-%s-%04d\nProduct: %s cold-process bar\nPoured: %s   Cut: +2 days   Cure until: +6 weeks\n'
            'Oils lot: OL%d   NaOH lot: SH%d\nPAO: 12M   Best before: %s\n'
            % (rng.choice(['2025', '2024']), rng.randrange(1, 999), rng.choice(['Oatmeal & Honey', 'Charcoal & Tea Tree', 'Calendula']),
               day(rng), rng.randrange(1000, 9999), rng.randrange(1000, 9999), day(rng)))


def candle_base_label_lot_line(rng):
    return ('Lot %s%03d | Soy/coconut blend | Wick CD-%d | Poured %s | Fill %d g\n'
            % (rng.choice(['WH', 'CC', 'PL']), rng.randrange(1000), rng.choice([8, 10, 12, 14]), day(rng), rng.choice([180, 200, 220])))


def etsy_orders_csv_excerpt(rng):
    lines = ['Sale Date,Order ID,Buyer,Number of Items,Order Total,Ship Country']
    for _ in range(4):
        lines.append('%s,%d,%s,%d,%.2f,%s' % (day(rng), rng.randrange(3 * 10 ** 9, 4 * 10 ** 9),
                                              rng.choice(['Holly B', 'Ana R', 'T. Morgan', 'J Feld']),
                                              rng.randrange(1, 4), rng.uniform(9, 80), rng.choice(['GB', 'IE', 'DE'])))
    return '\n'.join(lines) + '\n'


def dispatch_confirmation_email(rng):
    return ('Subject: Your Wickhollow order #%d has been dispatched\n\nGood news - your candles are on their way.\n'
            'Courier: %s\nTracking: %s\n' % (rng.randrange(1000, 9999), *rng.choice([
                ('Evri', 'H0%s' % C.rand_str(rng, C.UALNUM, 14)),
                ('DPD', '%014d' % rng.randrange(10 ** 13, 10 ** 14)),
                ('Royal Mail', 'RT%09dGB' % rng.randrange(10 ** 8, 10 ** 9))])))


def artwork_release_checksums(rng):
    lines = []
    for fn in rng.sample(['label-oakmoss-50ml.pdf', 'label-tonka-100ml.pdf', 'box-salt-smoke.pdf', 'insert-clp.pdf',
                          'sticker-batch.pdf'], 3):
        lines.append('%s  %s' % (hashlib.sha256(C.rbytes(rng, 64)).hexdigest(), fn))
    return '$ sha256sum artwork/*.pdf\n' + '\n'.join(lines) + '\n'


def shop_theme_sri_script_tags(rng):
    d = base64.b64encode(hashlib.sha384(C.rbytes(rng, 64)).digest()).decode()
    return ('<script src="https://cdn.ambergrisash.example/theme/%s.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n'
            % (h(rng, 8), d))


def wp_users_table_dump(rng):
    it = './' + C.ALNUM
    rows = []
    for login in rng.sample(['hello', 'orders', 'shopmanager', 'editor'], 2):
        rows.append("(%d,'%s','$P$B%s','%s')" % (rng.randrange(2, 90), login, C.rand_str(rng, it, 30), login))
    rows.append("(%d,'imports','$wp$2y$10$%s','imports')" % (rng.randrange(90, 200), C.rand_str(rng, it, 53)))
    return ('INSERT INTO `aa_users` (`ID`, `user_login`, `user_pass`, `user_nicename`) VALUES\n' + ',\n'.join(rows) + ';\n')


def django_auth_user_export(rng):
    salt = C.rand_str(rng, C.ALNUM, 22)
    hsh = base64.b64encode(C.rbytes(rng, 32)).decode()
    a2 = 'argon2$argon2id$v=19$m=102400,t=2,p=8$%s$%s' % (C.b64u(C.rbytes(rng, 16)), C.b64u(C.rbytes(rng, 32)))
    return ('[{"model": "auth.user", "pk": %d, "fields": {"username": "frontdesk", "password": "pbkdf2_sha256$870000$%s$%s"}},\n'
            ' {"model": "auth.user", "pk": %d, "fields": {"username": "reports", "password": "%s"}}]\n'
            % (rng.randrange(2, 50), salt, hsh, rng.randrange(50, 99), a2))


def age_recipients_file(rng):
    return ('# recipients.txt - who can open the formula backups\n# severine (organ room)\n%s\n# offsite backup key\n%s\n'
            % (C.bech32_encode('age', C.rbytes(rng, 32)), C.bech32_encode('age', C.rbytes(rng, 32))))


def minisign_release_pubkey(rng):
    raw = b'Ed' + C.rbytes(rng, 8) + C.rbytes(rng, 32)
    return ('untrusted comment: minisign public key %s\n%s\n$ minisign -Vm label-helper-%d.%d.zip -P %s\n'
            % (raw[2:10][::-1].hex().upper(), base64.b64encode(raw).decode(), rng.randrange(1, 4), rng.randrange(10),
               base64.b64encode(raw).decode()))


def shop_theme_head_snippet(rng):
    return ('<!-- analytics (public ids) -->\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>\n'
            "<script>gtag('config', 'G-%s');</script>\n<noscript><img src=\"https://www.facebook.com/tr?id=%d&ev=PageView\"/></noscript>\n"
            '<script src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=%s"></script>\n'
            % ((lambda g: (g, g))(C.rand_str(rng, C.UALNUM, 10)) + (rng.randrange(10 ** 15, 10 ** 16), C.rand_str(rng, C.ALNUM, 6))))


def booking_widget_embed_code(rng):
    return ('<script>window.$crisp=[];window.CRISP_WEBSITE_ID="%s";</script>\n'
            '<div id="square-card" data-application-id="sq0idp-%s" data-location-id="L%s"></div>\n'
            % (C.uuid4(rng), C.rand_str(rng, C.B64URL, 22), C.rand_str(rng, C.UALNUM, 12)))


def wp_config_sample_keys(rng):
    keys = rng.sample(['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'NONCE_SALT'], 3)
    return ''.join("define( '%s', 'put your unique phrase here' );\n" % k for k in keys) + \
        "define( 'DB_PASSWORD', '' );  // wp-config-sample.php, not the live file\n"


def env_dist_template(rng):
    names = rng.sample([t for t in everyday255.TYPE_NAMES], 4)
    vals = ['', '<fill-me>', 'changeme', '${%s:?set me}' % 'X', 'see keeper']
    out = ['# .env.dist - copy to .env and fill in locally; never commit values']
    for n in names:
        out.append('%s=%s' % ('_'.join(w.upper() for w in everyday255.TYPE_WORDS[n]), rng.choice(vals)))
    return '\n'.join(out) + '\n'


def integrations_page_ocr(rng):
    return ('Integrations > API credentials\nShopify custom app   shpca_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s   Rotate\n'
            'Shippo live          shippo_live_\u2022\u2022\u2022\u2022\u2022\u2022%s   Rotate\nSendGrid             SG.\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022   Revoked %s\n'
            % (h(rng, 4), h(rng, 4), day(rng)))


def deploy_log_masked(rng):
    return ('$ ./deploy.sh production\n[deploy] ETSY_OPEN_API_SHARED_SECRET=***\n[deploy] SHOPIFY_CUSTOM_APP_ACCESS_TOKEN=[MASKED]\n'
            '[deploy] formula vault key: ****************%s (last 2 shown)\n[deploy] done in %ds\n' % (C.rand_str(rng, C.ALNUM, 2), rng.randrange(20, 90)))


def secret_references_in_config(rng):
    return ('shop:\n  etsy_shared: ${ETSY_OPEN_API_SHARED_SECRET}\n  shippo: "{{ secrets.SHIPPO_LIVE_API_TOKEN }}"\n'
            '  formula_vault: op://Workshop/Formula Vault/credential\n  aws: arn:aws:secretsmanager:eu-west-2:%d:secret:shop/integrations-%s\n'
            % (rng.randrange(10 ** 11, 10 ** 12), C.rand_str(rng, C.ALNUM, 6)))


def compose_secret_file_mounts(rng):
    return ('services:\n  formula-sync:\n    environment:\n      FORMULA_DB_FERNET_KEY_FILE: /run/secrets/fernet_key\n'
            '    secrets: [fernet_key]\nsecrets:\n  fernet_key:\n    file: ./secrets/fernet_key.txt   # not in git\n')


def sops_encrypted_yaml(rng):
    def enc(n):
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (
            base64.b64encode(C.rbytes(rng, n)).decode(), base64.b64encode(C.rbytes(rng, 32)).decode(),
            base64.b64encode(C.rbytes(rng, 16)).decode())
    return ('etsy_open_api_shared_secret: %s\nshippo_live_api_token: %s\nsops:\n    age:\n        - recipient: %s\n'
            '    lastmodified: "%sT10:12:09Z"\n    version: 3.9.1\n' % (enc(10), enc(52), C.bech32_encode('age', C.rbytes(rng, 32)), day(rng)))


def sealed_secret_manifest(rng):
    return ('apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: shop-integrations\n  namespace: shop\n'
            'spec:\n  encryptedData:\n    SENDGRID_API_KEY: Ag%s\n' % base64.b64encode(C.rbytes(rng, 300)).decode())


def staff_handbook_passwords_page(rng):
    return ('5.3 Passwords and keys\nEvery till, balance and printer in the workshop has its own login. Never write a '
            'password on the whiteboard, in the Discord channel or on a label. If you need one, ask %s, who keeps them '
            'in the team vault, and change any default password on the day a device arrives.\n' % rng.choice(['Imogen', 'Priyanka', 'Jory']))


def toolbox_talk_minutes(rng):
    return ('Toolbox talk, %s\nPresent: pour team, soap kitchen\n1. Melt-tank panel: the engineer login was reset by '
            'the installer; nobody is to share it over the phone. 2. Reminder that API keys for the shop live only in the '
            'deploy pipeline. 3. Shared inbox now needs two-step sign-in.\n' % day(rng))


def _broken(kind, rng):
    if kind == 0:
        body = C.rand_str(rng, C.BASE62, 40)
        good = C.crc24_openpgp(body.encode())
        bad = (good ^ (1 << rng.randrange(24))) & 0xFFFFFF
        return 'fvk_' + body + '=' + base64.b64encode(bad.to_bytes(3, 'big')).decode()
    if kind == 1:
        body = C.rand_str(rng, C.CROCKFORD, 24)
        return 'mpt-%s-%02X' % (body, C.crc8_maxim(body.encode()) ^ (1 << rng.randrange(8)))
    head = C.rand_str(rng, C.UPPER, 4) + C.rand_str(rng, C.DIGITS, 6)
    return 'stk_%s%d_%s' % (head, (C.iso6346_check(head) + rng.randrange(1, 10)) % 10, C.rand_str(rng, C.BASE62, 24))


def token_validator_unit_tests(rng):
    a, b, c = _broken(0, rng), _broken(1, rng), _broken(2, rng)
    return ('def test_rejects_bad_checksums():\n    # fixtures with a deliberately wrong check value - they can never authenticate\n'
            '    assert not valid_fvk("%s")\n    assert not valid_mpt("%s")\n    assert not valid_stk("%s")\n' % (a, b, c))


def gateway_rejection_log(rng):
    k = rng.randrange(3)
    t = _broken(k, rng)
    return ('%sT%02d:%02d:11Z gateway WARN rejected credential with bad check value (%s) from 192.168.%d.%d: %s\n'
            % (day(rng), rng.randrange(24), rng.randrange(60), ['crc24', 'crc8', 'iso6346'][k], rng.randrange(256),
               rng.randrange(256), t))


def shopify_webhook_request_dump(rng):
    return ('POST /webhooks/orders-create HTTP/1.1\nX-Shopify-Topic: orders/create\nX-Shopify-Shop-Domain: ambergris-ash.myshopify.example\n'
            'X-Shopify-Hmac-Sha256: %s\nX-Shopify-Webhook-Id: %s\nX-Shopify-Triggered-At: %sT09:%02d:00Z\n'
            % (base64.b64encode(C.rbytes(rng, 32)).decode(), C.uuid4(rng), day(rng), rng.randrange(60)))


def stripe_signature_header_log(rng):
    return ('%s webhook received type=checkout.session.completed signature header: t=%d,v1=%s verified=true id=evt_%s\n'
            % (day(rng), rng.randrange(1730000000, 1770000000), h(rng, 64), C.rand_str(rng, C.ALNUM, 24)))


def shelly_device_inventory_csv(rng):
    lines = ['name,model,device id,mac,firmware']
    for room in rng.sample(['cure-rack-1', 'cure-rack-2', 'dehumidifier', 'melt-plug'], 3):
        mac = h(rng, 12).upper()
        lines.append('%s,%s,shellyplus1pm-%s,%s,1.%d.%d' % (room, rng.choice(['SNSW-001P16EU', 'SNPL-00112EU']), mac.lower(),
                                                            ':'.join(mac[i:i + 2] for i in range(0, 12, 2)),
                                                            rng.randrange(1, 5), rng.randrange(10)))
    return '\n'.join(lines) + '\n'


def tuya_device_list_json(rng):
    return ('[{"name": "cure room hygrometer", "id": "bf%s", "product_id": "%s", "category": "wsdcg", "online": true},\n'
            ' {"name": "soap fridge plug", "id": "bf%s", "product_id": "%s", "category": "cz", "online": false}]\n'
            % (C.rand_str(rng, C.LALNUM, 20), C.rand_str(rng, C.LALNUM, 16), C.rand_str(rng, C.LALNUM, 20), C.rand_str(rng, C.LALNUM, 16)))


def gcms_library_match_report(rng):
    rows = rng.sample(CHEMICALS, 4)
    lines = ['RT (min)  Compound                 Formula     M+ (m/z)  Match']
    for name, cas, ec, f, m in sorted(rows, key=lambda r: r[4]):
        lines.append('%6.2f    %-24s %-11s %-9d %d' % (rng.uniform(5, 30), name, f, m, rng.randrange(85, 99)))
    return '\n'.join(lines) + '\n'


def qc_run_summary_csv(rng):
    rows = rng.sample(CHEMICALS, 3)
    return 'sample,compound,formula,nominal_mass,area_pct\n' + ''.join(
        'QC-%d,%s,%s,%d,%.2f\n' % (rng.randrange(100, 999), n, f, m, rng.uniform(0.1, 30)) for n, _, _, f, m in rows)


def fragrance_load_batch_sheet(rng):
    lines = ['Batch sheet - container candles', 'Wax (g)   Load   Oil (g)']
    for _ in range(3):
        wax = rng.choice([1800, 2400, 3000, 3600, 4200])
        load = rng.choice([6, 8, 10])
        lines.append('%-9d %d %%   %d' % (wax, load, wax * load // 100))
    return '\n'.join(lines) + '\n'


def burn_test_log(rng):
    lines = ['Burn test - %s' % rng.choice(['8 oz tin', 'amber jar', 'pillar 7x10']), 'Burned (g)  Hours  Rate (g/h)']
    for _ in range(3):
        hrs = rng.randrange(2, 5)
        rate = rng.choice([5, 6, 7])
        lines.append('%-11d %-6d %d' % (hrs * rate, hrs, rate))
    return '\n'.join(lines) + '\n'


def darts_league_results(rng):
    lines = ['Wickhollow darts night - Round %d' % rng.randrange(1, 12)]
    for p in rng.sample(['Jory', 'Tomasz', 'Noor', 'Eilidh'], 3):
        a, b, c = rng.randrange(1, 21), rng.randrange(1, 21), rng.randrange(1, 21)
        lines.append('%-7s T%d S%d D%d = %d' % (p, a, b, c, 3 * a + b + 2 * c))
    return '\n'.join(lines) + '\n'


def bowling_night_scorecard(rng):
    import enc255
    lines = ['Staff bowling night %s (lane %d)' % (day(rng), rng.randrange(1, 9))]
    for p in rng.sample(['Noor', 'Jory', 'Priyanka', 'Tomasz', 'Eilidh', 'Rafael'], 2):
        frames, rolls = enc255._bowling_game(rng, 0.2, 0.3)
        lines.append('%-9s %s  = %d' % (p, enc255._bowling_fmt(frames), enc255._bowling_score(rolls)))
    return '\n'.join(lines) + '\n'


def certificate_summary(rng):
    fp = h(rng, 64).upper()
    return ('Subject: CN=shop.ambergrisash.example\nIssuer: C=US, O=Let\'s Encrypt, CN=R%d\nSerial: %s\n'
            'SHA-256 fingerprint: %s\nNot after: %s\n' % (rng.randrange(10, 14), h(rng, 36), ':'.join(fp[i:i + 2] for i in range(0, 64, 2)), day(rng)))


def pgp_key_listing(rng):
    return ('$ gpg --list-keys releases@tinctureloop.example\npub   ed25519 2025-%02d-%02d [SC]\n      %s\n'
            'uid           [ultimate] Tincture Loop releases <releases@tinctureloop.example>\n'
            % (rng.randrange(1, 13), rng.randrange(1, 29), h(rng, 40).upper()))


def perfume_trial_formula_sheet(rng):
    rows = rng.sample(CHEMICALS, 5)
    parts = [rng.randrange(5, 200) for _ in rows]
    tot = sum(parts)
    lines = ['Trial %d - %s accord' % (rng.randrange(10, 99), rng.choice(['woody', 'chypre', 'gourmand']))]
    for (n, cas, _, _, _), p in zip(rows, parts):
        lines.append('%-24s %-11s %4d parts  %5.1f %%' % (n, cas, p, 100.0 * p / tot))
    return '\n'.join(lines) + '\n'


def soap_recipe_lye_calculation(rng):
    oils = [('Olive', 0.1353), ('Coconut', 0.1829), ('Shea butter', 0.1280), ('Castor', 0.1286)]
    lines = ['Recipe %s - 5%% superfat' % rng.choice(['castile blend', 'shea bar', 'oat bar'])]
    naoh = 0.0
    for o, sap in oils:
        g = rng.choice([150, 200, 250, 300, 400])
        naoh += g * sap
        lines.append('%-12s %4d g  SAP %.4f' % (o, g, sap))
    lines.append('NaOH needed: %.1f g  Water: %.1f g' % (naoh * 0.95, naoh * 0.95 * 2.2))
    return '\n'.join(lines) + '\n'


def integration_quickstart_readme(rng):
    return ('## Quick start\n\n1. Create an app in the %s developer portal.\n2. Copy `.env.dist` to `.env` and set '
            '`%s=<your key here>`.\n3. Run `make sync`; with a missing key you will see `401 Unauthorized`.\n\n'
            '> Never paste a real key into an issue - use `xxxx` instead.\n'
            % (rng.choice(['Etsy', 'Shippo', 'SendGrid', 'Katana']),
               rng.choice(['ETSY_OPEN_API_SHARED_SECRET', 'SHIPPO_LIVE_API_TOKEN', 'SENDGRID_API_KEY', 'KATANA_MRP_API_KEY'])))


def api_reference_request_example(rng):
    return ('Example request\n\n    curl https://api.example.com/v%d/%s \\\n      -H "Authorization: Bearer YOUR_API_TOKEN" \\\n'
            '      -H "Content-Type: application/json"\n\nReplace YOUR_API_TOKEN with the token from Settings > API. The '
            'sandbox accepts the literal string test_token_xxxxxxxx.\n'
            % (rng.randrange(1, 4), rng.choice(['orders', 'listings', 'shipments', 'bookings'])))


CLASSES = [
    ('aroma_chemical_cas_numbers', [ifra_allergen_declaration_table, supplier_coa_header],
     'CAS Registry Numbers of aroma chemicals with real check digits (allergen tables, certificates of analysis)'),
    ('ec_inventory_numbers_on_sds', [sds_section_three_composition, clp_label_hazard_block],
     'EC (EINECS) numbers with real check digits on SDS section 3 and CLP label text'),
    ('uk_vat_and_eori_registrations', [invoice_footer_vat_line, customs_declaration_trader_block],
     'UK VAT numbers with a real mod-97 check (both schemes), EORI numbers, company numbers'),
    ('soap_batch_lot_and_pao_codes', [batch_record_header, candle_base_label_lot_line],
     'batch and lot codes, PAO and best-before lines'),
    ('shop_order_and_parcel_references', [etsy_orders_csv_excerpt, dispatch_confirmation_email],
     'Etsy order ids, shop order numbers, courier tracking numbers'),
    ('label_artwork_sha256_and_sri_hashes', [artwork_release_checksums, shop_theme_sri_script_tags],
     'SHA-256 sums and SHA-384 subresource-integrity hashes (real digests of random bytes)'),
    ('shop_user_phpass_argon2_hashes', [wp_users_table_dump, django_auth_user_export],
     'WordPress phpass and $wp$2y$ hashes, Django pbkdf2_sha256 and argon2id hashes (random in frame) in password columns'),
    ('age_recipients_and_minisign_public_keys', [age_recipients_file, minisign_release_pubkey],
     'age X25519 recipients (real Bech32 checksums) and minisign public keys (Ed + key id + 32 bytes)'),
    ('storefront_public_site_ids', [shop_theme_head_snippet, booking_widget_embed_code],
     'public by design: GA4 measurement ids, Meta pixel ids, Klaviyo company ids, Crisp website ids, Square application and location ids'),
    ('config_sample_placeholder_values', [wp_config_sample_keys, env_dist_template],
     "wp-config-sample's 'put your unique phrase here' and this corpus's own key names with empty / placeholder values"),
    ('truncated_key_hints_and_masks', [integrations_page_ocr, deploy_log_masked],
     'bullet-masked key hints with at most four visible characters, *** and [MASKED] deploy output'),
    ('vault_and_env_references', [secret_references_in_config, compose_secret_file_mounts],
     '${VAR}, {{ secrets.X }}, op:// and Secrets Manager ARNs, compose _FILE mounts'),
    ('sops_and_sealed_secret_ciphertexts', [sops_encrypted_yaml, sealed_secret_manifest],
     'SOPS ENC[AES256_GCM,...] values and Bitnami SealedSecret blobs (random in frame)'),
    ('workshop_it_security_prose', [staff_handbook_passwords_page, toolbox_talk_minutes],
     'handbook and toolbox-talk prose about passwords and keys with no value'),
    ('own_token_checksum_failures', [token_validator_unit_tests, gateway_rejection_log],
     "this corpus's own fvk_ / mpt- / stk_ shapes with a deliberately wrong CRC-24, CRC-8 or ISO 6346 check"),
    ('webhook_signatures_and_delivery_ids', [shopify_webhook_request_dump, stripe_signature_header_log],
     'HMAC signatures of single deliveries (Shopify, Stripe), webhook and event ids'),
    ('workshop_iot_device_identifiers', [shelly_device_inventory_csv, tuya_device_list_json],
     'Shelly device ids and MAC addresses, Tuya device and product ids'),
    ('gcms_peak_tables_genuine', [gcms_library_match_report, qc_run_summary_csv],
     'genuine GC-MS peaks with molecular formulas and nominal masses (the look of one evasion)'),
    ('candle_load_and_burn_test_logs', [fragrance_load_batch_sheet, burn_test_log],
     'genuine fragrance-load and burn-test arithmetic (the look of two evasions)'),
    ('staff_social_league_scores', [darts_league_results, bowling_night_scorecard],
     'genuine darts visits with their totals and bowling-night scores (the look of two evasions)'),
    ('tls_and_pgp_fingerprints', [certificate_summary, pgp_key_listing],
     'TLS certificate serials and SHA-256 fingerprints, OpenPGP key fingerprints'),
    ('vendor_documentation_example_calls', [integration_quickstart_readme, api_reference_request_example],
     'vendor quick-start and API-reference text with YOUR_API_TOKEN, <your key here> and xxxx placeholders'),
    ('fragrance_formula_worksheets', [perfume_trial_formula_sheet, soap_recipe_lye_calculation],
     'perfume trial formulas with CAS numbers and parts, soap lye calculations'),
]
WRAPPERS = [
    ('', None),
    ('__in_discord_channel_paste', lambda rng, t: '%s pasted in #workshop-ops:\n```\n%s```\n(nothing sensitive, just for reference)' % (rng.choice(C.USERS), t)),
    ('__in_helpdesk_macro_reply', lambda rng, t: 'Hi,\n\nThanks for getting in touch. Here is the information you asked for:\n\n%s\nKind regards,\nStudio support' % t),
    ('__in_maker_forum_thread', lambda rng, t: '[quote]can someone share an example?[/quote]\nSure, this is what ours looks like:\n[code]\n%s[/code]' % t),
    ('__in_handover_email_quote', lambda rng, t: 'Handover notes for next week (safe to forward):\n\n> %s' % t.replace('\n', '\n> ')),
]


def clean_problems(text, reg, plains, seen):
    p = []
    if text in seen:
        p.append('repeated negative')
    for s in reg.items:
        if len(s) >= 6 and s in text:
            p.append('contains registered string %r' % s[:30])
            break
    for pl in plains:
        if pl in text:
            p.append('contains evasion plain')
    if C.PASSWORD_FORM_RE.search(text):
        p.append('password form %r' % C.PASSWORD_FORM_RE.search(text).group(0))
    if C.JWT_SHAPE_RE.search(text):
        p.append('JWT-shaped string')
    for m in C.UUID_SHAPE_RE.finditer(text):
        u = m.group(0)
        if u[14] != '4' or u[19].lower() not in '89ab':
            p.append('non-v4 UUID')
    return p


def build(reg, plains):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cls, kinds, _ in CLASSES:
        for kind in kinds:
            for suffix, wrap in WRAPPERS:
                for _ in range(200):
                    t = kind(rng)
                    if wrap:
                        t = wrap(rng, t)
                    if not clean_problems(t, reg, plains, seen):
                        break
                else:
                    raise RuntimeError('no clean negative for %s' % kind.__name__)
                seen.add(t)
                recs.append({'class': cls, 'container': kind.__name__ + suffix, 'text': t, 'source': 'negative'})
    return recs
