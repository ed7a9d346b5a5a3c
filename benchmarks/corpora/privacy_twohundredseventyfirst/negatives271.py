"""Negatives: texts of the same world that contain no secret at all."""
import base64
import hashlib
import random
import re

import common271 as C
import enc271
import world271 as W

PRESENTATIONS = ['', '__pasted_in_teams_thread', '__clipped_to_notion_page', '__pinned_on_blending_room_corkboard']

VESSELS = ['Nordic Camellia', 'Kenya Highlands', 'Maersk Tana', 'Ocean Bergamot', 'Cape Orchid', 'Assam Star',
           'Mombasa Pride', 'Lady Marjorie', 'Indus Breeze', 'Colombo Trader']
GARDENS = ['Kangaita', 'Marinyn', 'Kaimosi', 'Harmutty', 'Castleton', 'Dimbula Hills', 'Halmari', 'Kenilworth',
           'Nandi Range', 'Thyolo Estate', 'Glenburn', 'Uva Highlands']
GRADES = ['BP1', 'PF1', 'PD', 'D1', 'BOP', 'BOPF', 'FTGFOP1', 'TGFOP', 'GFOP', 'OP1', 'FBOP', 'PEKOE']
HERBS = [('Valeriana officinalis', 'valerian root'), ('Matricaria chamomilla', 'chamomile flower'),
         ('Filipendula ulmaria', 'meadowsweet herb'), ('Achillea millefolium', 'yarrow herb'),
         ('Calendula officinalis', 'calendula flower'), ('Urtica dioica', 'nettle leaf'),
         ('Echinacea purpurea', 'echinacea root'), ('Crataegus monogyna', 'hawthorn berry'),
         ('Melissa officinalis', 'lemon balm'), ('Glycyrrhiza glabra', 'liquorice root'),
         ('Taraxacum officinale', 'dandelion root'), ('Arctium lappa', 'burdock root')]


def imo(rng):
    six = C.rstr(rng, C.DIGITS[1:], 1) + C.rstr(rng, C.DIGITS, 5)
    return six + C.imo_check(six)


def sedol(rng):
    six = C.rstr(rng, C.SEDOL_CHARS, 6)
    return six + C.sedol_check(six)


# ------------------------------------------------------------------ class bodies
def c_imo(rng, kind):
    if kind == 'shipping_advice_email':
        v = rng.choice(VESSELS)
        return ('Subject: Shipping advice - Wrenfold PO 4%d\n\nDear Marigold,\n\nYour %d chests of %s %s are loaded on MV %s '
                '(IMO %s), voyage %dW, B/L MBSA%s. ETA Felixstowe %s. Tariff heading 0902.40.00 (black tea, fermented, '
                'packings over 3 kg).\n\nKind regards,\nShipping desk\n') % (
            rng.randint(1000, 9999), rng.randint(20, 120), rng.choice(GARDENS), rng.choice(GRADES), v, imo(rng),
            rng.randint(10, 99), C.rstr(rng, C.DIGITS, 9), '2025-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28)))
    rows = ['entry_ref,vessel,imo,hs_code,packages,net_kg,origin']
    for _ in range(rng.randint(3, 6)):
        rows.append('%s,%s,%s,%s,%d,%d,%s' % ('E' + C.rstr(rng, C.DIGITS, 7), rng.choice(VESSELS), imo(rng),
                    rng.choice(['0902.40.00', '0902.30.00', '0902.10.00', '1211.90.86', '0910.11.00']),
                    rng.randint(10, 90), rng.randint(500, 4000), rng.choice(['KE', 'IN', 'LK', 'MW', 'CN'])))
    return '\n'.join(rows) + '\n'


def c_sedol(rng, kind):
    cos = ['Harrowgate Leaf plc', 'Dimbula Tea Holdings', 'Albion Infusions plc', 'Camellia Estates', 'North Sea Herbals',
           'Kenmare Botanicals', 'Thyolo Highlands plc', 'Bristol Blending Group']
    if kind == 'share_register_extract':
        lines = ['Holdings held for the Wrenfold staff pension (extract)', 'Security                    SEDOL     Shares']
        for c in rng.sample(cos, rng.randint(3, 5)):
            lines.append('%-27s %-9s %6d' % (c, sedol(rng), rng.randint(100, 20000)))
        return '\n'.join(lines) + '\n'
    rows = ['sedol,issuer,currency,quantity,price_gbp']
    for c in rng.sample(cos, rng.randint(3, 5)):
        rows.append('%s,%s,GBP,%d,%.2f' % (sedol(rng), c, rng.randint(100, 9000), rng.uniform(0.4, 30)))
    return '\n'.join(rows) + '\n'


def c_ihex(rng, kind):
    base = rng.randint(0, 0x7000) & 0xFFF0
    lines = [C.ihex_record(0, 4, bytes([0, 0]))]
    for k in range(rng.randint(4, 7)):
        lines.append(C.ihex_record(base + 16 * k, 0, bytes(rng.getrandbits(8) for _ in range(16))))
    lines.append(C.ihex_record(0, 1, b''))
    if kind == 'tin_sealer_firmware_hex':
        return '; tinseal-ctrl-v3.%d.hex (excerpt)\n' % rng.randint(1, 9) + '\n'.join(lines) + '\n'
    return ('avrdude: reading input file "tinseal.hex"\navrdude: writing flash (%d bytes):\n' % (16 * (len(lines) - 2)) +
            '\n'.join('  ' + x for x in lines) + '\navrdude: %d bytes of flash verified\n' % (16 * (len(lines) - 2)))


def c_digests(rng, kind):
    if kind == 'release_checksums_txt':
        lines = ['# RIPEMD160 checksums for label-station %d.%d.%d' % (rng.randint(1, 4), rng.randint(0, 9), rng.randint(0, 20))]
        for f in rng.sample(['label-station-linux-x64.tar.gz', 'label-station-win64.zip', 'label-station-arm64.deb',
                             'label-station-macos.dmg', 'templates.zip', 'fonts.zip'], rng.randint(3, 5)):
            lines.append('%s  %s' % (C.ripemd160(bytes(rng.getrandbits(8) for _ in range(64))).hex(), f))
        return '\n'.join(lines) + '\n'
    msgs = ['fix rounding on tin weights', 'add bergamot batch field', 'bump label templates', 'retry on till timeout',
            'rota: handle bank holidays', 'loyalty: stamp per visit', 'docs: afternoon tea menu', 'kds: bigger font']
    out = []
    for m in rng.sample(msgs, rng.randint(4, 6)):
        h = hashlib.sha1(bytes(rng.getrandbits(8) for _ in range(40))).hexdigest()
        out.append('%s %s' % (h[:rng.choice((7, 40))], m))
    return '$ git log --oneline -n %d\n' % len(out) + '\n'.join(out) + '\n'


def c_hashes(rng, kind):
    if kind == 'wp_users_table_dump':
        rows = ['| ID | user_login | user_pass                          | user_registered     |',
                '|----|------------|------------------------------------|---------------------|']
        for i, u in enumerate(rng.sample(W.LOGINS, rng.randint(2, 4))):
            h = C.phpass_hash(bytes(rng.getrandbits(8) for _ in range(12)), C.rstr(rng, C.ITOA64, 8), 13)
            rows.append('| %2d | %-10s | %s | 2024-%02d-%02d 10:11:12 |' % (i + 1, u, h, rng.randint(1, 12), rng.randint(1, 28)))
        return '\n'.join(rows) + '\n'
    items = []
    for u in rng.sample(W.LOGINS, rng.randint(2, 3)):
        salt = C.rstr(rng, C.B62, 16)
        dk = hashlib.scrypt(bytes(rng.getrandbits(8) for _ in range(12)), salt=salt.encode(), n=32768, r=8, p=1,
                            maxmem=64 * 1024 * 1024, dklen=64).hex()
        items.append('  {"username": "%s", "password_hash": "scrypt:32768:8:1$%s$%s"}' % (u, salt, dk))
    return '[\n' + ',\n'.join(items) + '\n]\n'


def c_pubkeys(rng, kind, ctx):
    if kind == 'booking_jwks_json':
        n = ctx['rsa']['n']
        keys = ['    {"kty": "RSA", "use": "sig", "alg": "PS256", "kid": "%s", "n": "%s", "e": "AQAB"}' % (
            ctx['kid'], C.b64u(n.to_bytes((n.bit_length() + 7) // 8, 'big')))]
        x = C.x25519(bytes(rng.getrandbits(8) for _ in range(32)))
        keys.append('    {"kty": "OKP", "crv": "X25519", "use": "enc", "kid": "kd-enc-%s", "x": "%s"}' % (
            C.rstr(rng, C.HEXL, 6), C.b64u(x)))
        rng.shuffle(keys)
        return '$ curl -s https://auth.kettledrumtearoom.example/.well-known/jwks.json | jq .\n{\n  "keys": [\n' + ',\n'.join(keys) + '\n  ]\n}\n'
    peers = []
    for _ in range(rng.randint(2, 3)):
        pub = base64.b64encode(C.x25519(bytes(rng.getrandbits(8) for _ in range(32)))).decode()
        peers.append('[Peer]\n# %s\nPublicKey = %s\nAllowedIPs = 10.62.%d.0/24\nEndpoint = %s:51820\nPersistentKeepalive = 25' % (
            rng.choice(['tea room till', 'leaf store gateway', 'dispensary', 'blending hall']), pub, rng.randint(20, 90),
            rng.choice(['vpn.steepwise.example', 'wg.wrenfoldtea.example', 'gw.mallowmere.example'])))
    return '# wg0.conf peers (the [Interface] section is kept on the host)\n\n' + '\n\n'.join(peers) + '\n'


def c_publishable(rng, kind):
    pk = 'pk_live_' + C.rstr(rng, C.B62, 99)
    site = '6L' + C.rstr(rng, C.B64U, 38)
    phc = 'phc_' + C.rstr(rng, C.B62, 43)
    dsn = 'https://%s@o%d.ingest.de.sentry.io/%d' % (C.rstr(rng, C.HEXL, 32), rng.randint(100000, 999999), rng.randint(1000000, 9999999))
    alg = (C.rstr(rng, C.ALNUM_U, 10), C.rstr(rng, C.HEXL, 32))
    if kind == 'shop_head_script_tags':
        return ('<!-- public keys: safe in the page, restricted by domain in each dashboard -->\n'
                '<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("%s");</script>\n'
                '<script src="https://www.google.com/recaptcha/api.js?render=%s" async defer></script>\n'
                '<script>posthog.init("%s", {api_host: "https://eu.i.posthog.com"})</script>\n') % (pk, site, phc)
    return ('// public runtime config of the shop front (search-only key, publishable keys)\nexport const publicEnv = {\n'
            '  algoliaAppId: "%s",\n  algoliaSearchOnlyKey: "%s",\n  sentryDsn: "%s",\n  stripePublishableKey: "%s",\n};\n') % (
        alg[0], alg[1], dsn, pk)


def c_placeholders(rng, kind):
    if kind == 'laravel_env_example':
        return ('APP_NAME="Kettledrum Bookings"\nAPP_ENV=local\nAPP_KEY=\nAPP_DEBUG=true\nAPP_URL=http://localhost\n\n'
                'BOOKING_SERVICE_TOKEN=%s\nLOYALTY_API_KEY=%s\nEPOS_MANAGER_PASSWORD=%s\nDB_PASSWORD=\n') % (
            rng.choice(['changeme', '<paste from the vault>', '${BOOKING_SERVICE_TOKEN}', 'TODO']),
            rng.choice(['kdl_<32 characters>_<8 hex>', 'REPLACE_ME', '']),
            rng.choice(['', 'ask-Rowan', '********']))
    return ("<?php\ndefine( 'DB_NAME', 'database_name_here' );\ndefine( 'DB_USER', 'username_here' );\n"
            "define( 'DB_PASSWORD', 'password_here' );\ndefine( 'DB_HOST', 'localhost' );\n\n"
            "define( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n"
            "define( 'SHOP_AUTH_KEY',    getenv( '%s' ) );\n\n$table_prefix = '%s';\ndefine( 'WP_DEBUG', %s );\n") % (
        rng.choice(['SHOP_AUTH_KEY', 'MM_SHOP_AUTH_KEY', 'WP_SHOP_AUTH_KEY']), rng.choice(['wp_', 'mm_', 'shop_', 'mm%d_' % rng.randint(1, 99)]),
        rng.choice(['false', 'true']))


def _mask(rng, head, body_len, keep):
    return head + rng.choice(['*', '\u2022', 'x']) * (body_len - keep) + C.rstr(rng, C.B62, keep)


def c_masked(rng, kind):
    items = [('Stripe live secret', _mask(rng, 'sk_live_', 20, 4)), ('Shopify admin token', _mask(rng, 'shpat_', 28, 4)),
             ('Klaviyo private key', _mask(rng, 'pk_', 14, 3)), ('Loyalty API key', _mask(rng, 'kdl_', 12, 4)),
             ('Tin sealer pairing key', 'wtk_' + '\u2022' * 24 + C.rstr(rng, C.HEXU, 4)),
             ('GitHub token', _mask(rng, 'github_pat_', 16, 4)), ('OpenAI key', 'sk-proj-...' + C.rstr(rng, C.B62, 4))]
    pick = rng.sample(items, rng.randint(3, 5))
    if kind == 'dashboard_key_list_txt':
        return 'Integrations > API keys (values are only shown once, at creation)\n' + '\n'.join(
            '%-24s %s   created %s' % (a, b, '2025-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28))) for a, b in pick) + '\n'
    return ('Hi Rowan,\n\nthanks for the logs. For safety I have redacted the keys you pasted:\n\n' +
            '\n'.join('  %s: %s' % (a, b) for a, b in pick) + '\n\nPlease rotate any key that was sent in clear. [REDACTED]\n\nSupport team\n')


def c_pointers(rng, kind):
    if kind == 'op_inject_env_template':
        return ('# .env.tpl - rendered with `op inject -i .env.tpl -o .env` on deploy\nSTRIPE_LIVE_SECRET_KEY="op://Wrenfold/Stripe live/credential"\n'
                'SHOPIFY_ADMIN_API_ACCESS_TOKEN="op://Wrenfold/Shopify %s/token"\nBOOKING_SERVICE_TOKEN="op://Kettledrum/Bookings/%s"\n'
                'WP_AUTH_KEY=@Microsoft.KeyVault(SecretUri=https://kv-steepwise-prod.vault.azure.net/secrets/shop-auth-key/)\n') % (
            rng.choice(['admin', 'prod']), rng.choice(['service token', 'jwt']))
    acct = C.rstr(rng, C.DIGITS, 12)
    names = rng.sample(['stripe-live', 'shopify-admin', 'loyalty-api', 'tin-sealer', 'booking-jwt', 'epos-manager'], 3)
    return ('"secrets": [\n' + ',\n'.join('  {"name": "%s", "valueFrom": "arn:aws:secretsmanager:eu-west-2:%s:secret:prod/%s-%s"}' % (
        n.upper().replace('-', '_'), acct, n, C.rstr(rng, C.B62, 6)) for n in names) + '\n]\n')


def c_ciphertexts(rng, kind):
    if kind == 'ansible_vaulted_vars_yml':
        blob = C.rstr(rng, C.HEXL, 64) + '\n' + C.rstr(rng, C.HEXL, 64) + '\n' + C.rstr(rng, C.HEXL, 32 * rng.randint(4, 8))
        hexed = blob.encode().hex()
        lines = [hexed[i:i + 80] for i in range(0, len(hexed), 80)]
        return 'shop_auth_key: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join('          ' + x for x in lines) + '\n'
    parts = [base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode() for n in (rng.randint(120, 300), 12, 16)]
    return '$ cat config/credentials/production.yml.enc\n%s--%s--%s\n$ ls config/credentials/\nproduction.key  production.yml.enc\n' % tuple(parts)


DOC_ROWS = [
    ('STRIPE_LIVE_SECRET_KEY', '`sk_live_XXXXXXXXXXXXXXXXXXXXXXXX`'),
    ('LOYALTY_API_KEY', '`kdl_<32 base62>_<8 hex>`'),
    ('BLEND_SCALE_LICENCE', '`BSL-XXXXXXX-XXXXXXX`'),
    ('TIN_SEALER_PAIRING_KEY', '`wtk_` followed by 32 hex digits'),
    ('BOOKING_SERVICE_TOKEN', 'a JWT signed with PS256, e.g. `<header>.<claims>.<signature>`'),
    ('SHOPIFY_ADMIN_API_ACCESS_TOKEN', '`shpat_00000000000000000000000000000000`'),
    ('KLAVIYO_PRIVATE_API_KEY', '`pk_EXAMPLEEXAMPLEEXAMPLEEXAMPLE0000`'),
    ('APP_KEY', 'run `php artisan key:generate`; it writes `base64:...` for you'),
    ('TELEGRAM_BOT_API_TOKEN', '`<bot id>:<token from BotFather>`'),
    ('AWS_SECRET_ACCESS_KEY', '`<your secret access key>`'),
]


def c_docs(rng, kind):
    if kind == 'integration_readme_md':
        rows = rng.sample(DOC_ROWS, rng.randint(3, 6))
        return ('## Configuration (%s %d.%d)\n\nSet these in the environment, never in the repository:\n\n| variable | example |\n|---|---|\n' % (
            rng.choice(['tinline', 'bookings', 'loyalty-api', 'label-station', 'shop-sync']), rng.randint(1, 5), rng.randint(0, 20)) +
            ''.join('| `%s` | %s |\n' % r for r in rows))
    return ('<h3>Authentication</h3>\n<p>Send your key in the <code>%s</code> header:</p>\n'
            '<pre>%s: %s</pre>\n<p>Keys look like <code>mdf_%s</code> (%s). Rate limit: %d requests a minute.</p>\n') % (
        rng.choice(['Authorization', 'X-Api-Key']), rng.choice(['Authorization', 'X-Api-Key']),
        rng.choice(['Bearer &lt;YOUR_API_KEY&gt;', '&lt;your-key&gt;', 'YOUR_KEY_HERE']),
        rng.choice(['xxxxxxxxxxxxxx', '00000000000000', 'EXAMPLEEXAMPLE', '<14 characters>']),
        rng.choice(['14 characters after the prefix', 'prefix plus 14 characters', 'base62 after the prefix']), rng.choice((60, 120, 300, 600)))


HANDBOOK = [
    'Never write a till or door password on the whiteboard, the rota or the back of a menu.',
    'If you have to hand a login to a visiting engineer, use the password manager share link, not a text message.',
    'Every device in the blending hall has its own login; the HMI, the dosing panel and the sealer do not share one.',
    'When someone leaves, the manager changes the EPOS and door codes the same day and notes it in the log (without the code).',
    'API keys live in the vault. If one is pasted into a chat by mistake, tell Steepwise so it can be rotated.',
    'Pick passwords that are long; a tea name with a number on the end is exactly what people guess first.',
    'Do not photograph the label station screen when it shows the login dialog.',
    'Two-step sign-in is switched on for the shop, the booking system and the accounts; keep the app on your phone.',
]


def c_prose(rng, kind):
    pick = rng.sample(HANDBOOK, rng.randint(3, 5))
    if kind == 'staff_handbook_logins_page':
        return 'Kettledrum staff handbook - 7. Logins and keys\n\n' + '\n'.join('7.%d %s' % (i + 1, p) for i, p in enumerate(pick)) + '\n'
    return 'Induction checklist (%s)\n' % rng.choice(W.FIRST) + '\n'.join('[ ] ' + p for p in pick) + '\n'


def c_decoys(rng, kind):
    def bad_bsl():
        a, b = C.rstr(rng, C.SEDOL_CHARS, 6), C.rstr(rng, C.SEDOL_CHARS, 6)
        ca = str((int(C.sedol_check(a)) + rng.randint(1, 9)) % 10)
        return 'BSL-%s%s-%s%s' % (a, ca, b, C.sedol_check(b))

    def bad_wtk():
        bts = bytes(rng.getrandbits(8) for _ in range(15))
        return 'wtk_' + (bts + bytes([(C.lrc(bts) + rng.randint(1, 255)) & 0xFF])).hex().upper()

    def bad_kdl():
        body = C.rstr(rng, C.B62, 32)
        good = C.ripemd160(body.encode())[:4].hex()
        bad = C.rstr(rng, C.HEXL, 8)
        return 'kdl_%s_%s' % (body, bad if bad != good else 'deadbeef')
    vals = [(bad_bsl(), 'SEDOL check'), (bad_wtk(), 'LRC'), (bad_kdl(), 'RIPEMD-160 tail')]
    if kind == 'licence_validator_pytest_cases':
        return ('import pytest\n\nfrom wrenfold.licences import validate\n\n\n@pytest.mark.parametrize("code,reason", [\n' +
                '\n'.join('    ("%s", "%s"),' % v for v in vals) + '\n])\ndef test_rejects_bad_check(code, reason):\n'
                '    assert validate(code).reason == reason\n')
    return '\n'.join('2025-%02d-%02d %02d:%02d:%02d WARN pairing rejected value=%s reason="%s failed"' % (
        rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), v, r) for v, r in vals) + '\n'


def c_auction(rng, kind):
    if kind == 'auction_catalogue_extract':
        lines = ['Sale %d - Mombasa - Lot  Garden            Grade    Invoice  Pkgs  Net kg  Valuation USD/kg' % rng.randint(1, 52)]
        for _ in range(rng.randint(4, 7)):
            lines.append('           %5d  %-16s %-8s %-8s %4d  %6d  %.2f-%.2f' % (
                rng.randint(100, 9999), rng.choice(GARDENS), rng.choice(GRADES), 'I' + C.rstr(rng, C.DIGITS, 4),
                rng.randint(10, 60), rng.randint(600, 4200), rng.uniform(1.5, 3), rng.uniform(3, 4.5)))
        return '\n'.join(lines) + '\n'
    lines = ['Broker valuation - Wrenfold buying list']
    for _ in range(rng.randint(3, 6)):
        lines.append('- %s %s, lot %d: bright, brisk, coppery infusion; value %.2f, buy up to %.2f' % (
            rng.choice(GARDENS), rng.choice(GRADES), rng.randint(100, 9999), rng.uniform(2, 3), rng.uniform(3, 4)))
    return '\n'.join(lines) + '\n'


def c_herbal(rng, kind):
    latin, common = rng.choice(HERBS)
    if kind == 'tincture_batch_record':
        return ('Batch record MM-T%d\nHerb: %s (%s), dried, lot %s\nRatio 1:%d, %d%% ethanol, maceration %d days\n'
                'Yield %d ml, pressed %s, checked by %s\n') % (
            rng.randint(1000, 9999), common, latin, 'H' + C.rstr(rng, C.DIGITS, 5), rng.choice((3, 5)), rng.choice((25, 45, 60)),
            rng.randint(7, 21), rng.randint(800, 4500), '2025-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28)), rng.choice(W.FIRST))
    return ('STOCK CARD  %s (%s)\nBin %s%d  Supplier lot %s  Best before %02d/%d\nIn 5 kg  Out %d g  Balance %d g\n') % (
        common, latin, rng.choice('ABCDEF'), rng.randint(1, 40), 'OHT' + C.rstr(rng, C.DIGITS, 5), rng.randint(1, 12),
        rng.randint(2025, 2028), rng.randint(50, 900), rng.randint(1000, 5000))


def c_puzzles(rng, kind):
    encs = [('collatz_hailstone_halving_trips', 'Hailstones'), ('conker_smash_inheritance', 'Conkers'),
            ('sql_null_unknown_filtering', 'NULL logic')]
    lines = []
    for name, title in rng.sample(encs, 2):
        if name == 'collatz_hailstone_halving_trips':
            n = rng.randint(3, 3000)
            lines.append('Hailstones: (%d) -> %d steps' % (n, enc271._hail(n)))
        elif name == 'conker_smash_inheritance':
            inst = enc271.enc_conker(rng.randint(45, 122), rng)
            lines.append('Conkers: %s -> conker A ends on %d' % (inst, _conker_answer(inst)))
        else:
            inst = enc271.enc_sqlnull(rng.randint(45, 122), rng)
            lines.append('NULL logic: %s -> total %d' % (inst, _sql_answer(inst)))
    head = 'Puzzle corner - last week\'s answers' if kind == 'weekly_quiz_answers' else 'Canteen board: solutions'
    return head + '\n' + '\n'.join(lines) + '\n(just numbers this week, no hidden messages)\n'


def _conker_answer(inst):
    head, bouts = inst.split(': ')
    sc = {t[0]: int(t[1:]) for t in head.split()}
    for b in bouts.split():
        w, l = b.split('>')
        sc[w] += sc.pop(l) + 1
    return sc['A']


def _sql_answer(inst):
    import dec271
    return dec271.d_sql(inst)


def c_uuids(rng, kind):
    if kind == 'booking_confirmation_email':
        return ('Subject: Your afternoon tea at the Kettledrum\n\nThank you for booking a table for %d on %s at %s.\n'
                'Booking reference: %s\nManage your booking: https://bookings.kettledrumtearoom.example/b/%s\n') % (
            rng.randint(2, 8), '2025-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28)), rng.choice(['14:00', '15:30', '16:00']),
            C.rstr(rng, C.ALNUM_U, 8), C.uuid4(rng))
    lines = []
    for _ in range(rng.randint(3, 5)):
        lines.append('%s - - [10/Mar/2025:1%d:%02d:%02d +0000] "GET /api/slots?date=2025-03-%02d HTTP/1.1" 200 %d request_id=%s idempotency_key=%s' % (
            rng.choice(W.IPS), rng.randint(0, 9), rng.randint(0, 59), rng.randint(0, 59), rng.randint(1, 28), rng.randint(300, 4000),
            C.uuid4(rng), C.uuid4(rng)))
    return '\n'.join(lines) + '\n'


def c_receipts(rng, kind):
    if kind == 'epos_receipt_copy':
        a, b = rng.randint(1400, 2000) / 100, rng.randint(300, 500) / 100
        return ('THE KETTLEDRUM TEA ROOM\nCream tea x2          %.2f\nPot of Assam          %.2f\nTOTAL                 %.2f\n'
                'CONTACTLESS  VISA DEBIT  ************%s\nAID A0000000031010\nTID %s  MID %s\nAUTH CODE %s\nCARDHOLDER COPY - PLEASE RETAIN\n') % (
            a, b, a + b, C.rstr(rng, C.DIGITS, 4), C.rstr(rng, C.DIGITS, 8), C.rstr(rng, C.DIGITS, 15), C.rstr(rng, C.ALNUM_U, 6))
    return ('END OF DAY  TID %s\nBATCH %03d  TRANSACTIONS %d\nSALES GBP %.2f\nREFUNDS GBP %.2f\nBANKED OK  %s\nARQC %s (last txn)\n') % (
        C.rstr(rng, C.DIGITS, 8), rng.randint(1, 999), rng.randint(40, 300), rng.uniform(400, 3000), rng.uniform(0, 40),
        '2025-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28)), C.rstr(rng, C.HEXU, 16))


def c_pngs(rng, kind):
    w = h = rng.choice((8, 12, 16))
    rows = [bytes(rng.choice((0, 0, 255, 180)) for _ in range(w)) for _ in range(h)]
    uri = 'data:image/png;base64,' + base64.b64encode(C.png_bytes(w, h, rows)).decode()
    if kind == 'menu_html_snippet':
        return '<li class="menu-item"><img alt="%s" width="%d" height="%d" src="%s"> %s</li>\n' % (
            rng.choice(['leaf', 'teapot', 'scone']), w, h, uri, rng.choice(['Cream tea', 'Assam pot', 'Herbal flight']))
    return '.icon-%s {\n  background-image: url("%s");\n  width: %dpx;\n  height: %dpx;\n}\n' % (
        rng.choice(['leaf', 'cup', 'tin', 'mortar']), uri, w, h)


CLASSES = [
    ('imo_vessel_numbers_on_tea_shipments', ['shipping_advice_email', 'import_entry_csv'], c_imo,
     'IMO ship numbers with a real check digit (weights 7 6 5 4 3 2, mod 10), bill-of-lading and entry references and HS tariff headings for tea'),
    ('listed_company_sedol_codes', ['share_register_extract', 'pension_holdings_csv'], c_sedol,
     'public SEDOL codes that pass the same check as the BSL- licences (weights 1 3 1 7 3 9)'),
    ('firmware_intel_hex_records', ['tin_sealer_firmware_hex', 'bootloader_flash_log'], c_ihex,
     'Intel HEX firmware records whose last byte is the same LRC the wtk_ keys use (all bytes sum to 0 mod 256)'),
    ('release_ripemd160_and_git_object_ids', ['release_checksums_txt', 'git_log_oneline'], c_digests,
     'RIPEMD-160 release checksums (the hash of the kdl_ tail) and git SHA-1 object ids, real digests of random bytes'),
    ('phpass_and_werkzeug_scrypt_hashes', ['wp_users_table_dump', 'flask_users_export_json'], c_hashes,
     'real WordPress phpass portable hashes (iterated MD5) and real Werkzeug scrypt hashes of discarded random inputs, in columns called user_pass / password_hash'),
    ('booking_jwks_and_wireguard_public_keys', ['booking_jwks_json', 'wireguard_peer_config'], c_pubkeys,
     'the public half of the PS256 booking signer (JWKS n/e) next to X25519 keys, and WireGuard peer public keys (real X25519 points)'),
    ('publishable_checkout_and_analytics_keys', ['shop_head_script_tags', 'frontend_public_env_js'], c_publishable,
     'public by design: Stripe pk_live publishable keys, reCAPTCHA site keys, PostHog phc_ project keys, Algolia search-only keys and a Sentry DSN'),
    ('stand_in_values_in_sample_configs', ['laravel_env_example', 'wp_config_sample_php'], c_placeholders,
     "this corpus's own key names with empty values, changeme, TODO, REPLACE_ME, ${VAR} and the WordPress sample's 'put your unique phrase here'"),
    ('masked_keys_in_vendor_dashboards', ['dashboard_key_list_txt', 'support_reply_masked'], c_masked,
     'masked previews (stars, bullets, x) keeping at most four characters of the secret part'),
    ('onepassword_and_cloud_secret_pointers', ['op_inject_env_template', 'ecs_task_secrets_arns_json'], c_pointers,
     'pointers: op:// references, AWS Secrets Manager ARNs and Azure Key Vault references'),
    ('ansible_vault_and_rails_encrypted_blobs', ['ansible_vaulted_vars_yml', 'rails_credentials_enc_file'], c_ciphertexts,
     'ciphertexts whose key is elsewhere: $ANSIBLE_VAULT;1.1;AES256 bodies and Rails credentials.yml.enc (random in frame)'),
    ('vendor_docs_example_keys_with_markers', ['integration_readme_md', 'api_reference_html_snippet'], c_docs,
     'documentation with X-filled, zero-filled, EXAMPLE and <...> placeholders of vendor and own layouts'),
    ('tearoom_handbook_login_guidance_prose', ['staff_handbook_logins_page', 'induction_checklist_notes'], c_prose,
     'handbook and induction prose about passwords and keys, with no value'),
    ('own_layout_decoys_failing_checks', ['licence_validator_pytest_cases', 'pairing_reject_log'], c_decoys,
     "this corpus's own BSL- / wtk_ / kdl_ layouts with a wrong SEDOL digit, a wrong LRC byte or a wrong RIPEMD-160 tail"),
    ('tea_auction_catalogue_lots', ['auction_catalogue_extract', 'broker_valuation_sheet'], c_auction,
     'auction lots: gardens, grades, invoice numbers, packages, weights and valuations'),
    ('herbal_batch_records_and_ratios', ['tincture_batch_record', 'dispensary_stock_card'], c_herbal,
     'tincture batch records (1:5, 45 %) and stock cards with Latin binomials, lots and bins'),
    ('tearoom_puzzle_corner_solutions', ['weekly_quiz_answers', 'canteen_board_solutions'], c_puzzles,
     'genuine hailstone, conker and NULL-logic puzzles (three of the evasion looks) with their numeric answers, carrying nothing'),
    ('uuid_booking_and_request_references', ['booking_confirmation_email', 'api_access_log'], c_uuids,
     'UUIDv4 booking links, request ids and idempotency keys, and short booking references'),
    ('card_terminal_receipt_fields', ['epos_receipt_copy', 'terminal_end_of_day_report'], c_receipts,
     'card receipts: masked PAN, AID, TID, MID, six-character authorisation codes and an ARQC cryptogram'),
    ('leaf_icon_png_data_uris', ['menu_html_snippet', 'shop_css_sprites'], c_pngs,
     'data: URIs of real greyscale PNG icons (valid chunk CRCs)'),
]


def wrap(rng, pres, body):
    if pres == '':
        return body
    if pres == '__pasted_in_teams_thread':
        return '[%02d:%02d] %s\nreference only, nothing in here logs in to anything:\n%s' % (
            rng.randint(7, 18), rng.randint(0, 59), rng.choice(W.PEOPLE), body)
    if pres == '__clipped_to_notion_page':
        return '# Reference (no logins)\n\n%s\n_Last edited by %s_\n' % (body, rng.choice(W.PEOPLE))
    return 'PINNED - BLENDING ROOM\n(reference sheet, it holds no passwords or keys)\n\n%s' % body


def build(reg, ctx, seed=27106, per_class=11):
    rng = random.Random(seed)
    recs = []
    seen = set()
    big = [s for s in reg.items if len(s) >= 6]
    for cname, kinds, fn, _ in CLASSES:
        for i in range(per_class):
            kind = kinds[i % 2]
            pres = PRESENTATIONS[(i // 2) % 4]
            for _ in range(50):
                body = fn(rng, kind, ctx) if fn is c_pubkeys else fn(rng, kind)
                text = wrap(rng, pres, body)
                if text in seen or W.PW_ANY_RE.search(text) or C.JWT_RE.search(text):
                    continue
                if any(not C.is_uuid4(u) for u in C.UUID_RE.findall(text)):
                    continue
                if any(s in text for s in big):
                    continue
                break
            else:
                raise RuntimeError('negative %s could not be drawn clean' % cname)
            seen.add(text)
            recs.append({'class': cname, 'container': kind + pres, 'text': text, 'source': 'negative'})
    return recs
