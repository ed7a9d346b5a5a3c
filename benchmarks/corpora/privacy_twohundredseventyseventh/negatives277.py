"""Negatives: 20 classes x 11 records (two base kinds alternating, plain and in three wrappers)."""
import base64
import hashlib
import random
import re

import common277 as C
import enc277 as E
import everyday277 as EV
import world277 as W

WRAPPERS = [
    None,
    ('pasted_in_kiln_house_chat', '[kiln-house chat] {who}: pasting the reference sheet here so nobody has to dig for it - it is public reference material, no logins or keys in it:\n'),
    ('quoted_in_forgejo_issue', 'Forgejo issue #{n} (bineweed/ops) - comment by {who}:\n> Quoting the reference below for context. Nothing in it is a login, key or token.\n'),
    ('pinned_on_oast_noticeboard', 'PINNED ON THE OAST NOTICEBOARD ({who}) - reference only, holds no logins:\n'),
]


def _digits(rng, n):
    return ''.join(rng.choice(C.DIGITS) for _ in range(n))


# ------------------------------------------------------------------ check-digit numbers
def awb_number(rng):
    s = _digits(rng, 7)
    return '%s-%s%s' % (rng.choice(['176', '020', '057', '125', '618', '001']), s, C.awb_check(s))


def rut_number(rng):
    b = str(rng.randrange(76000000, 78000000))
    return '%s.%s.%s-%s' % (b[0:2], b[2:5], b[5:8], C.rut_check(b))


def iswc_code(rng):
    d = _digits(rng, 9)
    return 'T-%s.%s.%s-%s' % (d[0:3], d[3:6], d[6:9], C.iswc_check(d))


def _awb(rng, base, i):
    rows = [awb_number(rng) for _ in range(rng.randrange(3, 6))]
    if base == 'pellet_export_awb_manifest':
        lines = ['FROME VALE HOP CO-OPERATIVE - EXPORT MANIFEST (pellets, T90)', 'AWB            Dest  Pcs  Kg    Consignee']
        for a in rows:
            lines.append('%s  %s  %3d  %4d  %s' % (a, rng.choice(['ORD', 'PDX', 'SEA', 'MEL', 'NRT']), rng.randrange(4, 40),
                                                    rng.randrange(100, 1800), rng.choice(['Cascade Brew Supply', 'Harbour Maltings Inc', 'Kanto Craft KK'])))
        return '\n'.join(lines) + '\n'
    return ('From: bookings@forwarder.example\nSubject: Booking confirmed - pellets to %s\n\nAir waybills issued: %s.\nCut-off 16:00 at LHR cargo, shed 5.\n'
            % (rng.choice(['Portland', 'Chicago', 'Melbourne']), ', '.join(rows)))


def _rut(rng, base, i):
    r = rut_number(rng)
    if base == 'brewery_importer_invoice_header':
        return ('FACTURA DE IMPORTACION\nImportador: Cerveceria Austral Ltda.  RUT %s\nProveedor: Frome Vale Hop Co-operative (UK)\n'
                'Glosa: lupulo peletizado, %d sacos\n' % (r, rng.randrange(10, 90)))
    others = [rut_number(rng) for _ in range(2)]
    return ('| party      | RUT            | role        |\n|------------|----------------|-------------|\n| importer   | %s | consignee   |\n'
            '| agent      | %s | customs     |\n| carrier    | %s | transport   |\n' % (r, others[0], others[1]))


SONGS = ['The Hop-Picker\'s Lament', 'Down in the Oast at Dawn', 'Bring the Pocket Home', 'Measurer\'s Round',
         'Cowl Against the Wind', 'Bines of the Weald', 'Last Load to the Kiln', 'The Stilt-Walker\'s Reel']


def _iswc(rng, base, i):
    picks = rng.sample(SONGS, 3)
    if base == 'folk_archive_catalogue_csv':
        lines = ['title,iswc,collected,performer']
        for s in picks:
            lines.append('"%s",%s,%d,%s' % (s, iswc_code(rng), rng.randrange(1952, 1990), rng.choice(['trad.', 'Kent Singers', 'Weald Band'])))
        return '\n'.join(lines) + '\n'
    return ('OPEN DAY PROGRAMME - music in the roundel oast\n' + '\n'.join(
        '%d:%02d  %s (ISWC %s)' % (rng.randrange(11, 16), rng.choice([0, 15, 30, 45]), s, iswc_code(rng)) for s in picks) + '\n')


# ------------------------------------------------------------------ hashes and digests
KEPT = {'nt': {}, 'x25519': {}, 'ed25519': {}}


def nt_hash(rng):
    inp = C.rand_bytes(rng, 12).hex()
    h = C.md4(inp.encode('utf-16-le')).hex()
    KEPT['nt'][h] = inp
    return h


def _nt(rng, base, i):
    users = rng.sample(['kilnop', 'press1', 'press2', 'scada', 'lab', 'despatch', 'wbconsole', 'steep'], 3)
    if base == 'legacy_scada_user_table_dump':
        lines = ['uid | username  | password (NT hash)                | role']
        for k, u in enumerate(users):
            lines.append('%3d | %-9s | %s | %s' % (k + 1, u, nt_hash(rng), rng.choice(['operator', 'engineer', 'viewer'])))
        return '\n'.join(lines) + '\n'
    return ''.join('%s:%d:aad3b435b51404eeaad3b435b51404ee:%s:::\n' % (u, 1000 + k, nt_hash(rng)) for k, u in enumerate(users))


def _digests(rng, base, i):
    if base == 'firmware_release_sha512sums':
        return ''.join('%s  %s\n' % (hashlib.sha512(C.rand_bytes(rng, 64)).hexdigest(), f)
                       for f in rng.sample(['burner-panel-4.2.1.bin', 'louvre-ctl-1.9.0.bin', 'press-term-2.0.3.img', 'steep-hmi-7.1.zip'], 2))
    return ''.join('%s  %s\n' % (hashlib.md5(C.rand_bytes(rng, 64)).hexdigest(), f)
                   for f in rng.sample(['IMG_%04d.JPG' % rng.randrange(1000, 9999) for _ in range(6)], 3))


# ------------------------------------------------------------------ public keys
def _b64(b):
    return base64.b64encode(b).decode()


def _pubkeys(rng, base, i):
    if base == 'wireguard_peer_config_public_keys':
        out = []
        for k in range(2):
            priv = C.rand_bytes(rng, 32)
            pub = C.x25519_base(priv)
            KEPT['x25519'][_b64(pub)] = priv
            out.append('[Peer]\n# %s\nPublicKey = %s\nAllowedIPs = 10.148.%d.0/24\nEndpoint = %s:51820\n' % (
                rng.choice(['kiln-gw-01', 'press-pi', 'steep-hmi', 'scada']), _b64(pub), rng.randrange(1, 60), W.ip192(rng)))
        return '\n'.join(out)
    lines = []
    for k in range(2):
        seed = C.rand_bytes(rng, 32)
        pub = C.ed25519_public(seed)
        KEPT['ed25519'][pub] = seed
        blob = b'\x00\x00\x00\x0bssh-ed25519' + b'\x00\x00\x00\x20' + pub
        lines.append('ssh-ed25519 %s %s@%s' % (_b64(blob), W.person(rng)[1], rng.choice(['swarm-01', 'ci-runner', 'laptop'])))
    return '\n'.join(lines) + '\n'


# ------------------------------------------------------------------ publishable keys
def _publishable(rng, base, i):
    pk = 'pk_live_' + ''.join(rng.choice(C.ALNUM) for _ in range(24))
    if base == 'shop_checkout_page_head':
        return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("%s");\n'
                '  posthog.init("phc_%s", {api_host: "https://eu.i.posthog.com"});\n</script>\n' % (
                    pk, ''.join(rng.choice(C.ALNUM) for _ in range(43))))
    mb = 'pk.' + base64.urlsafe_b64encode(('{"u":"brackenden","a":"%s"}' % ''.join(rng.choice(C.LALNUM) for _ in range(25))).encode()).decode().rstrip('=') + '.' + ''.join(rng.choice(C.B64URL) for _ in range(22))
    return ('<div id="map" data-style="outdoors"></div>\n<script>\n  mapboxgl.accessToken = "%s";\n'
            '  // browser key, locked to www.brackenden-hops.example by referrer\n  const MAPS_BROWSER_KEY = "AIza%s";\n</script>\n' % (
                mb, ''.join(rng.choice(C.B64URL) for _ in range(35))))


# ------------------------------------------------------------------ placeholders, masks, references
def _placeholders(rng, base, i):
    import vendor277 as V
    keys = rng.sample(V.VTYPE_NAMES[16:], 4)
    vals = ['', 'changeme', 'REPLACE_ME', '${%s}', '<set in vault>', 'xxxxxxxxxxxxxxxx', 'TODO']
    if base == 'dotenv_example_with_own_keys':
        out = ['# .env.example - copy to .env.local and fill in']
        for k in keys:
            v = rng.choice(vals)
            out.append('%s=%s' % (k.upper(), v % k.upper() if '%s' in v else v))
        return '\n'.join(out) + '\n'
    out = ['# values.yaml defaults - override per environment', 'vendors:']
    for k in keys:
        v = rng.choice(vals)
        out.append('  %s: "%s"' % (k.replace('_', '-'), v % k.upper() if '%s' in v else v))
    return '\n'.join(out) + '\n'


def _masked(rng, base, i):
    import vendor277 as V
    keys = rng.sample(V.VTYPE_NAMES[16:], 3)
    if base == 'vendor_dashboard_masked_copy':
        return '\n'.join('%-40s %s%s   created %d days ago' % (k.replace('_', ' '), ''.join(rng.choice(C.LALNUM) for _ in range(4)),
                                                            '\u2022' * rng.randrange(12, 28), rng.randrange(2, 300)) for k in keys) + '\n'
    return '\n'.join('$ echo "$%s"\n%s' % (k.upper(), rng.choice(['[MASKED]', '********', '***'])) for k in keys) + '\n'


def _references(rng, base, i):
    import vendor277 as V
    keys = rng.sample(V.VTYPE_NAMES[16:], 3)
    if base == 'ssm_parameter_references_yaml':
        return 'environment:\n' + ''.join('  %s: "{{resolve:ssm-secure:/bineweed/prod/%s}}"\n' % (k.upper(), k.replace('_', '-')) for k in keys)
    return ''.join('{{ with secret "kv/data/bineweed/%s" }}%s={{ .Data.data.value }}{{ end }}\n' % (k.replace('_', '-'), k.upper()) for k in keys)


def _ciphertexts(rng, base, i):
    if base == 'ansible_vault_encrypted_vars':
        body = C.rand_bytes(rng, 32).hex() + '\n' + C.rand_bytes(rng, 32).hex() + '\n' + C.rand_bytes(rng, 48).hex()
        hx = body.encode().hex()
        lines = [hx[k:k + 80] for k in range(0, len(hx), 80)]
        return 'kiln_bridge_token: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n' + ''.join('  %s\n' % l for l in lines)
    hdr = ('age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n' % (
        _b64(C.rand_bytes(rng, 32)).rstrip('='), _b64(C.rand_bytes(rng, 32)).rstrip('='), _b64(C.rand_bytes(rng, 32)).rstrip('='))).encode()
    raw = hdr + C.rand_bytes(rng, rng.randrange(60, 140))
    b = _b64(raw)
    return '-----BEGIN AGE ENCRYPTED FILE-----\n' + ''.join(b[k:k + 64] + '\n' for k in range(0, len(b), 64)) + '-----END AGE ENCRYPTED FILE-----\n'


def _docs(rng, base, i):
    api = rng.choice(['lots', 'kilns', 'pockets', 'samples', 'tickets', 'batches'])
    ver = '%d.%d' % (rng.randrange(1, 4), rng.randrange(0, 10))
    if base == 'api_quickstart_readme_excerpt':
        return ('## Quick start (v%s)\n\nSet `TRACE_API_TOKEN` to the token from your Bineweed account page (it looks like '
                '`bwd_<32 letters and digits>_<8 hex>`), then:\n\n    curl -H "Authorization: Bearer $TRACE_API_TOKEN" https://trace.bineweed.example/api/%s\n\n'
                'Never paste the real token into an issue; use YOUR_TOKEN_HERE in examples.\n' % (ver, api))
    return ('| setting | example | notes |\n|---|---|---|\n| `apiKey` | `YOUR_API_KEY` | %d characters from the dashboard |\n'
            '| `region` | `%s` | |\n| `webhookUrl` | `https://example.invalid/hook/<id>` | optional, SDK %s |\n| `resource` | `%s` | |\n' % (
                rng.choice([24, 32, 40]), rng.choice(['eu-west-2', 'eu-central-1', 'us-east-1']), ver, api))


POLICY = [
    'Passwords for the kiln panels are kept in the office vault and are changed after every picking season.',
    'Never write a login on the press terminal, on a sticky note or in the canteen chat; ask the office instead.',
    'Each operator has a personal login for the steep HMI; sharing logins is not allowed.',
    'If you think a code has leaked, tell Niamh in the office and it will be rotated the same day.',
    'Contractors get a temporary login for the season; it is switched off when the last pocket is pressed.',
    'API tokens live in the deployment vault only - never in a repository, a ticket or an e-mail.',
]


def _policy(rng, base, i):
    pick = rng.sample(POLICY, 3)
    if base == 'maltings_it_policy_page':
        return 'Wyebrook Maltings - IT rules (rev. %d)\n\n' % rng.randrange(2, 9) + '\n'.join('%d. %s' % (k + 1, p) for k, p in enumerate(pick)) + '\n'
    return 'Picking season induction - day 1 notes\n' + ''.join('- %s\n' % p for p in pick)


def broken_fixture(rng, kind, speck_key):
    if kind == 'KBL':
        data = C.rand_bytes(rng, 8)
        mac = bytearray(C.speck64_cbc_mac(speck_key, data))
        mac[rng.randrange(8)] ^= 1 << rng.randrange(8)
        h = data.hex().upper()
        return 'KBL-%s-%s-%s-%s-%s' % (h[0:4], h[4:8], h[8:12], h[12:16], bytes(mac).hex().upper())
    if kind == 'PMA':
        d = _digits(rng, 9)
        c = (int(C.iswc_check(d)) + rng.randrange(1, 10)) % 10
        return 'PMA-%s.%s.%s-%d' % (d[0:3], d[3:6], d[6:9], c)
    if kind == 'WBL':
        d = rng.choice('123456789') + _digits(rng, 7)
        good = C.rut_check(d)
        c = rng.choice([x for x in '0123456789K' if x != good])
        return 'WBL-%s.%s.%s-%s' % (d[0:2], d[2:5], d[5:8], c)
    if kind == 'bwd':
        body = ''.join(rng.choice(C.ALNUM) for _ in range(32))
        good = C.md4(body.encode()).hex()[:8]
        bad = good[:7] + rng.choice([x for x in C.HEXL if x != good[7]])
        return 'bwd_%s_%s' % (body, bad)
    s = _digits(rng, 7)
    c = (int(C.awb_check(s)) + rng.randrange(1, 7)) % 7
    return 'PRC-%s-%s%d' % (_digits(rng, 3), s, c)


def _own_layouts(rng, base, i, speck_key):
    kinds = rng.sample(['KBL', 'PMA', 'WBL', 'bwd', 'PRC'], 3)
    vals = [broken_fixture(rng, k, speck_key) for k in kinds]
    if base == 'licence_validator_test_fixtures':
        return ('# tests/test_licences.py - every fixture below must be REJECTED\nBAD = [\n' +
                ''.join('    "%s",\n' % v for v in vals) + ']\n\n\ndef test_rejects():\n    for v in BAD:\n        assert not validate(v)\n')
    return ''.join('2025-03-%02d 07:%02d:11 WARN activation rejected value=%s reason=check failed\n' % (
        rng.randrange(1, 29), rng.randrange(60), v) for v in vals)


TWIN_ENCODINGS = ['curling_button_proximity_shots', 'comparator_wire_network_readout', 'circular_depot_lap_origin',
                  'volleyball_sideout_rotation_server', 'cidr_gateway_specificity', 'football_offside_shirts']


def _twins(rng, base, i):
    import evasions277 as EVA
    name = TWIN_ENCODINGS[i % len(TWIN_ENCODINGS)]
    enc = EVA.ENC_INFO[name][1]
    rule = re.sub(r"; [a-z -]+ are separated by ' \| '$", '', EVA.ENC_INFO[name][2].replace(C_ASCII, 'the answer'))
    units = []
    answers = []
    for _ in range(2):
        a = rng.randrange(12, 45)
        units.append(enc(rng, a))
        answers.append(a)
    if base == 'open_day_puzzle_answers':
        head = 'Open-day puzzle corner - last week\'s puzzles with their answers (just for fun, nothing hidden). The puzzles come ' + rule + '.\n'
    else:
        head = 'Canteen quiz solutions - the puzzles came ' + rule + '.\n'
    return head + ''.join('Puzzle %d (%s): %s\nAnswer: %d\n' % (k + 1, TWIN_LABEL[name], u, a) for k, (u, a) in enumerate(zip(units, answers)))


C_ASCII = 'a character code (ASCII)'
TWIN_LABEL = {'curling_button_proximity_shots': 'curling', 'comparator_wire_network_readout': 'comparators',
              'circular_depot_lap_origin': 'delivery loop', 'volleyball_sideout_rotation_server': 'volleyball',
              'cidr_gateway_specificity': 'routing table', 'football_offside_shirts': 'offside'}


def _uuids(rng, base, i):
    if base == 'lot_tracking_api_access_log':
        return ''.join('%s - - [12/Sep/2025:06:%02d:%02d +0100] "GET /api/lots/%s HTTP/1.1" 200 %d "-" "crew-app/3.2" req_id=%s\n' % (
            W.ip10(rng), rng.randrange(60), rng.randrange(60), C.uuid4(rng), rng.randrange(300, 4000), C.uuid4(rng)) for _ in range(3))
    return ('Subject: Your oast tour is booked\n\nBooking reference: %s\nDate: Saturday 13 September, 11:00\nManage your booking: '
            'https://www.brackenden-hops.example/tours/manage/%s\n' % (C.uuid4(rng), C.uuid4(rng)))


def _kiln_logs(rng, base, i):
    if base == 'kiln_controller_csv_log':
        lines = ['time,plenum_c,exhaust_c,rh_pct,burner_stage,louvre_pct']
        t = 60
        for k in range(6):
            lines.append('2025-09-%02dT%02d:%02d,%0.1f,%0.1f,%d,%d,%d' % (10 + i % 9, 20 + k // 2, 30 * (k % 2), t + rng.uniform(-2, 2),
                                                                     t - 18 + rng.uniform(-2, 2), rng.randrange(20, 90), rng.randrange(0, 4), rng.randrange(0, 101)))
        return '\n'.join(lines) + '\n'
    return ('Oast logbook - kiln %d, load %d\nVariety: %s  Green weight: %d kg\nLoaded 18:40, turned off 06:15, cooled 2 h\n'
            'Moisture at pressing: %0.1f %%\nSigned: %s\n' % (rng.randrange(1, 4), rng.randrange(1, 60), rng.choice(['Fuggle', 'East Kent Goldings', 'Bramling Cross', 'Target']),
                                                          rng.randrange(900, 2600), rng.uniform(8, 11), W.person(rng, 'brackenden')[0]))


def _malt(rng, base, i):
    if base == 'malt_certificate_of_analysis':
        return ('CERTIFICATE OF ANALYSIS - Wyebrook Maltings\nBatch W%d  Product: Maris Otter pale ale malt\nMoisture %0.1f %%   Extract (fine, dry) %0.1f %%\n'
                'Colour %0.1f EBC   Total nitrogen %0.2f %%   Friability %d %%\n' % (rng.randrange(2400, 2999), rng.uniform(2.5, 4.5), rng.uniform(80, 83),
                                                                                   rng.uniform(4.5, 7.5), rng.uniform(1.35, 1.7), rng.randrange(80, 95)))
    lines = ['batch,test,result,unit,analyst']
    for t, u, lo, hi in [('moisture', '%', 2.5, 4.5), ('colour', 'EBC', 4, 8), ('diastatic_power', 'WK', 150, 320)]:
        lines.append('W%d,%s,%0.1f,%s,%s' % (rng.randrange(2400, 2999), t, rng.uniform(lo, hi), u, rng.choice(['BH', 'AK'])))
    return '\n'.join(lines) + '\n'


def _alpha(rng, base, i):
    v = rng.choice(['Fuggle', 'Goldings', 'Bramling Cross', 'Challenger', 'Target', 'Admiral', 'Pilgrim'])
    if base == 'alpha_acid_hplc_report':
        return ('HPLC report - sample %d (%s, %s)\nalpha acids %0.1f %% w/w   beta acids %0.1f %% w/w\ncohumulone %d %% of alpha   HSI %0.2f\n' % (
            rng.randrange(1000, 9999), v, rng.choice(['kiln 1', 'kiln 2', 'kiln 3']), rng.uniform(3, 12), rng.uniform(2, 6), rng.randrange(20, 40), rng.uniform(0.2, 0.4)))
    lines = ['grower,variety,sample,alpha_pct,oil_ml_100g']
    for _ in range(3):
        lines.append('%s,%s,%d,%0.1f,%0.1f' % (rng.choice(['Brackenden', 'Lower Frome', 'Stretton']), v, rng.randrange(1000, 9999), rng.uniform(3, 12), rng.uniform(0.5, 2.5)))
    return '\n'.join(lines) + '\n'


def _tickets(rng, base, i):
    if base == 'weighbridge_intake_ticket':
        g = rng.randrange(30000, 44000)
        t = rng.randrange(12000, 16000)
        return ('WYEBROOK MALTINGS - WEIGHBRIDGE TICKET %d\nVehicle: %s  Haulier: %s\nGross %d kg   Tare %d kg   Net %d kg\nBarley: spring, moisture %0.1f %%\n' % (
            rng.randrange(100000, 999999), rng.choice(['AB12 CDE', 'NK19 HOP', 'VX70 MLT']), rng.choice(['Fenland Haulage', 'Norfolk Grain Lines']),
            g, t, g - t, rng.uniform(12, 15)))
    return ''.join('POCKET %d | %s | %d kg | kiln %d | lot BRK-%d-%d\n' % (
        rng.randrange(1, 400), rng.choice(['Fuggle', 'Goldings', 'Target']), rng.randrange(70, 85), rng.randrange(1, 4), rng.randrange(23, 26), rng.randrange(100, 999)) for _ in range(3))


CLASSES = [
    ('air_waybill_numbers_with_mod7_checks', ['pellet_export_awb_manifest', 'freight_forwarder_booking_email'], _awb,
     'air waybill numbers of pellet exports (real mod-7 check digit: the algorithm of the PRC- positives)'),
    ('chilean_importer_rut_numbers', ['brewery_importer_invoice_header', 'customs_declaration_party_table'], _rut,
     'RUT numbers of a Chilean brewery importer and its agents (real mod-11 check with K: the algorithm of the WBL- positives)'),
    ('hop_picking_song_iswc_codes', ['folk_archive_catalogue_csv', 'open_day_programme_credits'], _iswc,
     'ISWC codes of hop-picking songs in a folk archive (real ISWC check: the algorithm of the PMA- positives)'),
    ('nt_hashes_in_credential_columns', ['legacy_scada_user_table_dump', 'pwdump_style_hash_listing'], _nt,
     'one-way NT hashes (real MD4 of UTF-16LE inputs that were discarded) in a column called password and in pwdump lines'),
    ('firmware_sha512_and_photo_md5_sums', ['firmware_release_sha512sums', 'oast_photo_archive_md5_manifest'], _digests,
     'SHA-512 firmware sums and MD5 photo manifests (real digests of random bytes)'),
    ('wireguard_and_ed25519_public_keys', ['wireguard_peer_config_public_keys', 'ssh_ed25519_authorized_keys'], _pubkeys,
     'public keys computed for real: X25519 WireGuard peer keys and Ed25519 authorized_keys lines (private halves discarded)'),
    ('publishable_storefront_and_map_keys', ['shop_checkout_page_head', 'farm_site_map_widget_config'], _publishable,
     'public by design: Stripe pk_live_, a PostHog project key, a Mapbox pk. token and a referrer-locked Maps browser key'),
    ('env_templates_with_own_key_names', ['dotenv_example_with_own_keys', 'helm_values_defaults_template'], _placeholders,
     'this corpus\'s own vendor key names with empty, changeme, REPLACE_ME, ${VAR}, <set in vault>, xxxx and TODO values'),
    ('masked_credential_previews', ['vendor_dashboard_masked_copy', 'ci_log_masked_output'], _masked,
     'masked previews keeping at most four characters, [MASKED] and stars'),
    ('parameter_store_and_vault_template_references', ['ssm_parameter_references_yaml', 'vault_agent_template_paths'], _references,
     'pointers, not values: {{resolve:ssm-secure:...}} references and Vault agent template paths'),
    ('ansible_vault_and_age_ciphertexts', ['ansible_vault_encrypted_vars', 'age_armored_backup_file'], _ciphertexts,
     'ciphertexts whose key is elsewhere: $ANSIBLE_VAULT;1.1;AES256 blobs and age-armoured files (random in a real frame)'),
    ('vendor_docs_with_dummy_credentials', ['api_quickstart_readme_excerpt', 'sdk_config_reference_table'], _docs,
     'documentation with YOUR_API_KEY, YOUR_TOKEN_HERE and shape descriptions'),
    ('login_policy_prose_without_values', ['maltings_it_policy_page', 'picking_season_induction_notes'], _policy,
     'rules and induction prose about logins and tokens, with no value'),
    ('own_layouts_with_broken_checks', ['licence_validator_test_fixtures', 'activation_rejects_journal'], None,
     'this corpus\'s own KBL- / PMA- / WBL- / bwd_ / PRC- layouts with a wrong Speck MAC, ISWC digit, RUT character, MD4 tail or mod-7 digit'),
    ('hop_puzzle_twin_answer_sheets', ['open_day_puzzle_answers', 'canteen_quiz_solutions'], _twins,
     'genuine puzzles of six of this corpus\'s evasion families with worked answers below 45, carrying nothing'),
    ('uuid4_booking_and_request_ids', ['lot_tracking_api_access_log', 'tour_booking_confirmation_email'], _uuids,
     'UUIDv4 lot, request and booking ids'),
    ('kiln_drying_logs', ['kiln_controller_csv_log', 'oast_drying_logbook_page'], _kiln_logs,
     'kiln controller logs and oast logbook pages (temperatures, humidity, moisture)'),
    ('malt_analysis_certificates', ['malt_certificate_of_analysis', 'lims_batch_result_export'], _malt,
     'malt certificates of analysis and LIMS result exports'),
    ('hop_alpha_acid_lab_reports', ['alpha_acid_hplc_report', 'grower_sample_results_csv'], _alpha,
     'HPLC alpha-acid reports and grower sample results'),
    ('weighbridge_and_press_tickets', ['weighbridge_intake_ticket', 'bale_press_pocket_label_run'], _tickets,
     'weighbridge intake tickets and pocket label runs'),
]
CLASS_NAMES = [c[0] for c in CLASSES]
BASE_KINDS = [b for c in CLASSES for b in c[1]]
WRAPPER_NAMES = [w[0] for w in WRAPPERS if w]
PER_CLASS = 11


def wrap(rng, content, k):
    w = WRAPPERS[k]
    if w is None:
        return content, ''
    who = W.person(rng)[0]
    return w[1].format(who=who, n=rng.randrange(40, 400)) + content, '__' + w[0]


def generate(registry, speck_key, forbidden_fn):
    """forbidden_fn(text) -> reason or None; a negative is redrawn while it has one."""
    rng = random.Random(C.SEEDS['negatives'])
    for d in KEPT.values():
        d.clear()
    recs = []
    seen = set()
    for cname, bases, fn, _desc in CLASSES:
        for i in range(PER_CLASS):
            base = bases[i % 2]
            for _ in range(200):
                if fn is None:
                    content = _own_layouts(rng, base, i, speck_key)
                else:
                    content = fn(rng, base, i)
                text, suffix = wrap(rng, content, i % 4)
                if text in seen or forbidden_fn(text):
                    continue
                break
            else:
                raise RuntimeError('negative %s: %s' % (cname, forbidden_fn(text)))
            seen.add(text)
            recs.append({'class': cname, 'container': base + suffix, 'text': text, 'source': 'negative'})
    return recs
