"""Negatives: 22 classes x 2 base kinds x 5 presentations, from the same world, with no secret in them."""
import base64
import hashlib
import json
import random
import string

import common267 as C
import world267 as W

CLASSES = []   # (class, description, [(base kind, fn), (base kind, fn)])
META = {}


def cls(name, desc, bases):
    CLASSES.append((name, desc, bases))


def _m(key, v):
    META.setdefault(key, []).append(v)
    return v


# ------------------------------------------------------------------ identifiers with real checks
def iso6346_number(r):
    owner = C.rand_str(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3) + 'U'
    serial = C.rand_str(r, string.digits, 6)
    return _m('iso6346', owner + serial + C.iso6346_check(owner + serial))


def _bill_of_lading(r):
    rows = []
    for _ in range(r.randrange(2, 5)):
        rows.append('%s  %s  SEAL %s  %d PKGS RIPSTOP NYLON ROLLS  %d KGS' % (
            iso6346_number(r), r.choice(['40HC', '20GP', '40GP']), C.rand_str(r, string.digits, 7), r.randrange(40, 400), r.randrange(2000, 19000)))
    return ('BILL OF LADING No. %s\nShipper: Teijin Frontier (invented consignor), Osaka\nConsignee: Skyrigg Kites, Hunstanton\n'
            'Port of discharge: Felixstowe\nContainer / Type / Seal / Description / Gross weight\n%s\n' % (
                C.rand_str(r, string.ascii_uppercase + string.digits, 12), '\n'.join(rows)))


def _gate_in_report(r):
    lines = ['GATE-IN REPORT  FELIXSTOWE  %s' % W.day(r), 'UNIT          SIZE  STATUS  HAULIER']
    for _ in range(r.randrange(3, 6)):
        lines.append('%s   %s  FULL    %s' % (iso6346_number(r), r.choice(['40', '20', '45']), r.choice(['Maersk', 'Coastline', 'Norfolk Freight'])))
    return '\n'.join(lines) + '\n'


cls('fabric_container_iso6346_numbers', 'ISO 6346 container numbers (real check digits) on the ripstop import paperwork',
    [('ripstop_import_bill_of_lading', _bill_of_lading), ('container_gate_in_report', _gate_in_report)])


def awb_number(r):
    prefix = r.choice(['020', '125', '176', '057', '074'])
    seven = C.rand_str(r, string.digits, 7)
    return _m('awb', '%s-%s%s' % (prefix, seven, C.awb_check(seven)))


def _awb_manifest(r):
    lines = ['AIR CARGO MANIFEST  LHR -> %s  flight %s%d' % (r.choice(['JFK', 'SYD', 'DXB', 'CPT']), r.choice(['BA', 'LH', 'EK']), r.randrange(100, 999))]
    for _ in range(r.randrange(3, 6)):
        lines.append('AWB %s  %d pcs  %d kg  KITES, TEXTILE (HS 9503)' % (awb_number(r), r.randrange(1, 20), r.randrange(5, 300)))
    return '\n'.join(lines) + '\n'


def _courier_booking(r):
    return ('Booking confirmed\n\nYour air waybill number is %s. Please print the label and attach it to the long box '
            '(%d x 30 x 30 cm, %d kg). Collection from Skyrigg Kites, Hunstanton, between 09:00 and 17:00 on %s.\n'
            'Track it on the carrier site with the waybill number above.\n' % (awb_number(r), r.randrange(120, 240), r.randrange(4, 30), W.day(r)))


cls('kite_export_airway_bills', 'IATA air waybill numbers with the real mod-7 check digit',
    [('air_cargo_manifest_awb_lines', _awb_manifest), ('courier_booking_confirmation', _courier_booking)])


def vin_number(r):
    while True:
        body = C.rand_str(r, C.VIN_ALPHA, 17)
        vin = body[:8] + C.vin_check(body) + body[9:]
        if vin[9] not in 'UZ0':
            return _m('vin', vin)


def _fleet_register(r):
    rows = ['reg,make,model,vin,use']
    for _ in range(r.randrange(2, 5)):
        make, model = r.choice([('Ford', 'Transit Custom'), ('Volkswagen', 'Transporter'), ('Renault', 'Trafic'), ('Toyota', 'Proace')])
        rows.append('%s%02d %s,%s,%s,%s,%s' % (C.rand_str(r, 'ABCDEFGHJKLMNPRSTVWXY', 2), r.randrange(10, 75), C.rand_str(r, 'ABCDEFGHJKLMNPRSTVWXYZ', 3),
                                             make, model, vin_number(r), r.choice(['school van', 'trailer tow', 'kit run'])))
    return '\n'.join(rows) + '\n'


def _insurance_schedule(r):
    return ('SCHEDULE OF VEHICLES - Brisk Reach Kite School Ltd\nPolicy period %s to 2026-%02d-01\n\n'
            'Vehicle 1  VIN %s  use: carriage of own goods and staff\nVehicle 2  VIN %s  use: towing the RIB trailer\n' % (
                W.day(r), r.randrange(1, 12), vin_number(r), vin_number(r)))


cls('school_van_vin_register', 'vehicle identification numbers with the real check digit (position 9)',
    [('fleet_register_csv', _fleet_register), ('insurance_schedule_vehicle_section', _insurance_schedule)])


def imo_number(r):
    six = str(r.randrange(900000, 999999))
    return _m('imo', six + C.imo_check(six))


def _notice_mariners(r):
    return ('LOCAL NOTICE TO MARINERS %d/25 - Rhosneigr and Cymyran Bay\nKite-surf lessons take place inside the buoyed area '
            'between %02d:00 and %02d:00. Vessels passing: the dredger IMO %s and the survey vessel IMO %s will work offshore until '
            '%s. Keep clear of the training area.\n' % (r.randrange(1, 60), r.randrange(8, 11), r.randrange(16, 20), imo_number(r), imo_number(r), W.day(r)))


def _ais_log(r):
    lines = ['time,mmsi,imo,name,sog,cog']
    for _ in range(r.randrange(3, 6)):
        lines.append('%s,%s,%s,%s,%.1f,%d' % (W.clock(r), r.choice(['232', '233', '235']) + C.rand_str(r, string.digits, 6), imo_number(r),
                                            r.choice(['STENA ADVENTURER', 'CELTIC MIST', 'IRISH SPIRIT']), r.randrange(0, 200) / 10, r.randrange(360)))
    return '\n'.join(lines) + '\n'


cls('harbour_vessel_imo_numbers', 'IMO ship numbers (real check digit) and MMSIs near the kite-surf training area',
    [('notice_to_mariners_excerpt', _notice_mariners), ('safety_boat_ais_log', _ais_log)])


def qr_reference(r):
    d = C.rand_str(r, string.digits, 26)
    return _m('qrref', d + C.mod10_recursive(d))


def _fmt_qr(ref):
    return ref[:2] + ' ' + ' '.join(ref[2 + 5 * i:7 + 5 * i] for i in range(5))


def _swiss_invoice(r):
    ref = qr_reference(r)
    return ('Rechnung Nr. %d - Windvanger order via Zurich distributor\nBetrag CHF %d.%02d\nZahlbar bis %s\nReferenz %s\n'
            'Bitte geben Sie bei der Zahlung die Referenz an.\n' % (r.randrange(10000, 99999), r.randrange(100, 4000), r.randrange(100), W.day(r), _fmt_qr(ref)))


def _payment_export(r):
    rows = ['date,creditor,amount_chf,reference']
    for _ in range(r.randrange(2, 5)):
        rows.append('%s,%s,%d.%02d,%s' % (W.day(r), r.choice(['Helvetic Kites AG', 'Bise Sport GmbH']), r.randrange(100, 2000), r.randrange(100), qr_reference(r)))
    return '\n'.join(rows) + '\n'


cls('qr_bill_payment_references', 'Swiss QR-bill payment references with the real recursive mod-10 check digit',
    [('swiss_supplier_invoice_text', _swiss_invoice), ('payment_export_csv', _payment_export)])


# ------------------------------------------------------------------ hashes and digests
def _b64n(r, n):
    return base64.b64encode(C.rand_bytes(r, n)).decode().rstrip('=')


def _django_users(r):
    rows = [' id | username | password']
    for i in range(r.randrange(2, 5)):
        rows.append(' %2d | %-12s | pbkdf2_sha256$600000$%s$%s=' % (i + 1, W.first(r).lower(), C.rand_str(r, C.B62, 22), _b64n(r, 32)))
    return 'booking=# SELECT id, username, password FROM auth_user LIMIT 4;\n' + '\n'.join(rows) + '\n'


def _argon2_dump(r):
    rows = []
    for _ in range(r.randrange(2, 5)):
        rows.append('%s:$argon2id$v=19$m=65536,t=3,p=4$%s$%s' % ('gate%02d' % r.randrange(1, 40), _b64n(r, 16), _b64n(r, 32)))
    return '# gate app staff hashes (argon2id), exported for the migration\n' + '\n'.join(rows) + '\n'


cls('argon2_and_pbkdf2_password_hashes', 'one-way password hashes: Django pbkdf2_sha256 and argon2id PHC strings (random bodies in a real frame)',
    [('django_auth_user_rows', _django_users), ('gate_app_argon2_hash_dump', _argon2_dump)])


def _sri(r):
    lines = []
    for lib in ('alpine.min.js', 'swiper-bundle.min.js', 'leaflet.js'):
        lines.append('<script src="https://cdn.example/%s" integrity="sha384-%s" crossorigin="anonymous"></script>' % (
            lib, base64.b64encode(hashlib.sha384(C.rand_bytes(r, 64)).digest()).decode()))
    return '<!-- shop.skyrigg-kites.example product page -->\n' + '\n'.join(lines) + '\n'


def _lockfile(r):
    parts = []
    for pkg in r.sample(['date-fns', 'zod', 'clsx', 'nanoid', 'ky', 'dayjs'], 3):
        parts.append('    "node_modules/%s": {\n      "version": "%d.%d.%d",\n      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz",\n'
                     '      "integrity": "sha512-%s"\n    }' % (pkg, r.randrange(1, 5), r.randrange(0, 20), r.randrange(0, 10), pkg, pkg,
                                                           base64.b64encode(hashlib.sha512(C.rand_bytes(r, 64)).digest()).decode()))
    return '{\n  "name": "booking-web",\n  "lockfileVersion": 3,\n  "packages": {\n' + ',\n'.join(parts) + '\n  }\n}\n'


cls('subresource_integrity_digests', 'SHA-384 subresource-integrity attributes and SHA-512 lockfile integrity fields (digests of random bytes)',
    [('shop_html_script_integrity', _sri), ('package_lock_integrity_fields', _lockfile)])


def _compose_digests(r):
    out = ['services:']
    for svc, img in (('api', 'tetherline/booking-api'), ('proxy', 'caddy'), ('worker', 'tetherline/gate-sync')):
        out.append('  %s:\n    image: %s@sha256:%s' % (svc, img, hashlib.sha256(C.rand_bytes(r, 32)).hexdigest()))
    return '\n'.join(out) + '\n'


def _sha256sums(r):
    lines = []
    for f in ('windmast-fw-%d.%d.bin' % (r.randrange(1, 4), r.randrange(0, 9)), 'tracker-fw-%d.bin' % r.randrange(10, 40), 'gate-kiosk.img.xz'):
        lines.append('%s  %s' % (hashlib.sha256(C.rand_bytes(r, 40)).hexdigest(), f))
    return '$ cat SHA256SUMS\n' + '\n'.join(lines) + '\n'


cls('image_and_release_sha256_digests', 'SHA-256 digests pinning container images and firmware releases',
    [('compose_pinned_image_digests', _compose_digests), ('firmware_sha256sums_file', _sha256sums)])


# ------------------------------------------------------------------ public keys and site keys
def _captcha(r):
    turnstile = '0x4AAAAAAA' + C.rand_str(r, C.B62 + '-_', 14)
    recaptcha = '6L' + r.choice('cde') + C.rand_str(r, C.B64URL, 37)
    return ('<form action="/book" method="post">\n  <div class="cf-turnstile" data-sitekey="%s"></div>\n'
            '  <div class="h-captcha" data-sitekey="%s"></div>\n  <div class="g-recaptcha" data-sitekey="%s"></div>\n</form>\n' % (
                turnstile, C.uuid4(r), recaptcha))


def _analytics(r):
    return ("<script>\n  posthog.init('phc_%s', {api_host: 'https://eu.i.posthog.com'})\n</script>\n"
            '<script defer data-domain="book.briskreach.example" src="https://plausible.io/js/script.js"></script>\n'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>\n' % (
                C.rand_str(r, C.B62, 43), C.rand_str(r, C.UPPER_ALNUM, 10)))


cls('captcha_and_analytics_site_keys', 'public by design: Turnstile, hCaptcha and reCAPTCHA site keys, a PostHog project key, a GA measurement id',
    [('booking_form_captcha_widgets', _captcha), ('analytics_snippet_public_keys', _analytics)])


def _dkim(r):
    p = C.rand_prime(r, 512)
    q = C.rand_prime(r, 512)
    n = p * q
    _m('dkim', (n, p, q))
    der = C.rsa_spki_der(n)
    b64 = base64.b64encode(der).decode()
    sel = 's%d' % r.randrange(2023, 2026)
    return ('; skyrigg-kites.example zone (excerpt)\n%s._domainkey  IN TXT ( "v=DKIM1; k=rsa; "\n    "p=%s" )\n'
            '_dmarc       IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@skyrigg-kites.example"\n' % (sel, b64))


def _key_cards(r):
    seed = C.rand_bytes(r, 32)
    pk = C.ed25519_public(seed)
    _m('minisign', pk)
    keyid = C.rand_bytes(r, 8)
    blob = base64.b64encode(b'Ed' + keyid + pk).decode()
    k1 = C.k1_xonly(r.randrange(1, C.K1_N))
    npub = C.bech32_encode('npub', k1)
    _m('npub', (npub, k1))
    return ('Windmast firmware signing key (public, verify with minisign -Vm file -P ...):\nuntrusted comment: minisign public key %s\n%s\n\n'
            'Festival nostr account (public): %s\n' % (keyid[::-1].hex().upper(), blob, npub))


cls('dkim_and_signing_public_keys', 'public keys: DKIM RSA records (real 1024-bit moduli), a minisign Ed25519 key (a real point) and a nostr npub (real secp256k1 x-coordinate, real bech32)',
    [('dns_zone_dkim_txt_records', _dkim), ('minisign_and_npub_key_cards', _key_cards)])


# ------------------------------------------------------------------ templates, masks, pointers, ciphertexts, docs, prose
def _env_sample(r):
    keys = ['WIND_MAST_ADMIN_PASSWORD', 'BOOKING_SESSION_TOKEN', 'RENTAL_FLEET_DEVICE_TOKEN', 'TRACKER_ACTIVATION_CODE',
            'BOOKING_DJANGO_SECRET_KEY', 'STRAVA_API_CLIENT_SECRET', 'SENDGRID_MAIL_API_KEY']
    vals = ['', 'changeme', '<set in Doppler>', 'xxxxxxxx', '${FROM_VAULT}', 'TODO', '...']
    return '# .env.sample - copy to .env and fill in; never commit real values\n' + '\n'.join(
        '%s=%s' % (k, r.choice(vals)) for k in r.sample(keys, 5)) + '\n'


def _tfvars_example(r):
    return ('# terraform.tfvars.example\nregion              = "eu-west-2"\nbooking_domain      = "book.briskreach.example"\n'
            'booking_secret_key  = "REPLACE_ME"\nstripe_webhook_endpoint_secret = "whsec_..."\nalert_webhook_url   = "https://hooks.example/your-hook-here"\n')


cls('placeholder_config_templates', "this corpus's key names with empty values, placeholders and references",
    [('booking_env_sample_file', _env_sample), ('terraform_example_tfvars', _tfvars_example)])


def _dashboard(r):
    return ('API keys\n\nName            Key                          Created     Last used\nbooking-prod    sk-...%s            %s  today\n'
            'gate-sync       ••••••••••••••••%s      %s  %s\nrental-tablets  rft_••••••••••••••••••%s  %s  never\n' % (
                C.rand_str(r, C.LOWER_ALNUM, 4), W.day(r), C.rand_str(r, C.HEX, 4), W.day(r), W.day(r), C.rand_str(r, C.HEX, 4), W.day(r)))


def _masked_log(r):
    return ('$ echo "deploying with token $DEPLOY_TOKEN"\ndeploying with token [MASKED]\n$ curl -sf -H "Authorization: Bearer $GATE_TOKEN" https://gates.portbeck-kitefest.example/healthz\n'
            '{"status":"ok","token":"****"}\nJob succeeded\n')


cls('masked_credential_displays', 'masked previews keeping at most four characters, and CI [MASKED] / **** output',
    [('vendor_dashboard_key_list', _dashboard), ('gitlab_ci_masked_job_log', _masked_log)])


def _secretkeyref(r):
    return ('env:\n  - name: BOOKING_DJANGO_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: booking-api\n        key: django-secret-key\n'
            '  - name: SENDGRID_MAIL_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: mail\n        key: sendgrid\n')


def _gcp_names(r):
    proj = 'tetherline-prod-%d' % r.randrange(100000, 999999)
    return ('$ gcloud secrets list --format="value(name)"\nprojects/%s/secrets/booking-django-secret-key\nprojects/%s/secrets/gate-enrolment\n'
            '$ grep -r secretmanager config/\nconfig/prod.yaml:  session_secret: sm://projects/%s/secrets/nextauth-secret/versions/latest\n' % (proj, proj, proj))


cls('secret_manager_references', 'Kubernetes secretKeyRef entries and Secret Manager resource names: pointers, not values',
    [('k8s_secretkeyref_manifest', _secretkeyref), ('gcp_secret_manager_resource_names', _gcp_names)])


def _sops(r):
    def enc():
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (base64.b64encode(C.rand_bytes(r, r.randrange(16, 40))).decode(),
                                                                 base64.b64encode(C.rand_bytes(r, 32)).decode(),
                                                                 base64.b64encode(C.rand_bytes(r, 16)).decode())
    return ('booking:\n    django_secret_key: %s\n    sendgrid_mail_api_key: %s\nsops:\n    age:\n        - recipient: age1%s\n'
            '    lastmodified: "%sT10:%02d:00Z"\n    version: 3.9.1\n' % (enc(), enc(), C.rand_str(r, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58), W.day(r), r.randrange(60)))


def _sealed(r):
    return ('apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: gate-sync\n  namespace: festival\nspec:\n  encryptedData:\n'
            '    GATE_ENROLMENT_CODE: Ag%s\n    TRACKER_ACTIVATION_CODE: Ag%s\n' % (
                base64.b64encode(C.rand_bytes(r, 300)).decode(), base64.b64encode(C.rand_bytes(r, 300)).decode()))


cls('sops_and_sealed_secret_ciphertexts', 'ciphertexts whose key is elsewhere: SOPS ENC[AES256_GCM,...] values and SealedSecret blobs (random bytes in a real frame)',
    [('sops_encrypted_values_yaml', _sops), ('sealedsecret_encrypted_data', _sealed)])


def _curl_docs(r):
    return ('### Create a booking\n\n```bash\ncurl https://api.briskreach.example/v1/bookings \\\n  -H "Authorization: Bearer $BRISK_TOKEN" \\\n'
            '  -d lesson=foil-taster -d date=%s\n```\n\nReplace `$BRISK_TOKEN` with a token from Settings > API. Tokens start with `bks_` '
            'and are 22 characters long; never paste one into an issue.\n' % W.day(r))


def _sdk_readme(r):
    return ('## Quick start\n\n```python\nfrom portbeck_gates import Client\n\nclient = Client(api_key="YOUR_API_KEY")\n'
            'client.scan(ticket="PKF-000000", gate="G01")\n```\n\nThe key looks like `pgk_XXXXXXXXXXXXXXXX`. Keep it in an '
            'environment variable, not in the code.\n')


cls('vendor_docs_example_requests', 'documentation with $VARIABLES, YOUR_API_KEY and XXXX placeholders and shape descriptions',
    [('api_docs_curl_examples', _curl_docs), ('sdk_readme_quickstart', _sdk_readme)])


def _handbook(r):
    return ('5. Accounts and passwords\n\nEvery instructor gets their own login for the booking site and the rental till. '
            'Never share it, never write it on the whiteboard in the hut, and never use the name of a kite or a beach in it. '
            'If you think someone has seen yours, tell %s the same day and change it. The rescue RIB tracker login is held by '
            'the senior instructor only.\n' % W.person(r))


def _volunteer_brief(r):
    return ('Gate volunteers - IT briefing (%s)\n\nThe scanners are already signed in when you collect them. If one asks for the '
            'supervisor code, call a gate lead on channel %d - do not guess, three wrong tries lock it. Do not photograph the '
            'screens, and do not post codes in the volunteers chat.\n' % (W.day(r), r.choice([2, 4, 7])))


cls('kite_safety_briefing_prose', 'handbook and briefing prose about logins and codes, with no value',
    [('instructor_handbook_accounts_page', _handbook), ('festival_volunteer_it_briefing', _volunteer_brief)])


# ------------------------------------------------------------------ look-alikes of this corpus's own shapes
def _broken_kdl(r):
    body = C.rand_str(r, C.UPPER_ALNUM, 16)
    good = C.iso6346_check(body)
    bad = str((int(good) + r.randrange(1, 10)) % 10)
    return _m('broken', 'KDL-%s-%s-%s-%s-%s' % (body[:4], body[4:8], body[8:12], body[12:], bad))


def _broken_gse(r):
    blocks = []
    for i in range(3):
        b = C.rand_str(r, C.SEDOL_ALPHA, 6)
        c = C.sedol_check(b)
        if i == 1:
            c = str((int(c) + r.randrange(1, 10)) % 10)
        blocks.append(b + c)
    return _m('broken', 'GSE-' + '-'.join(blocks))


def _broken_rft(r):
    body = C.rand_str(r, C.B62, 28)
    return _m('broken', 'rft_%s_%08x' % (body, (C.djb2(body) ^ (1 << r.randrange(32))) & 0xFFFFFFFF))


def _broken_trk(r):
    d = C.rand_str(r, string.digits, 20)
    bad = str((int(C.mod10_recursive(d)) + r.randrange(1, 10)) % 10)
    return _m('broken', '%s-%s-%s-%s-%s' % (d[:5], d[5:10], d[10:15], d[15:], bad))


def _unit_tests(r):
    return ('def test_rejects_bad_check_digits():\n    for code in [\n        "%s",\n        "%s",\n        "%s",\n        "%s",\n    ]:\n'
            '        assert not validate(code)\n' % (_broken_kdl(r), _broken_gse(r), _broken_rft(r), _broken_trk(r)))


def _reject_log(r):
    return ('%s %s WARN activation rejected: bad check digit code=%s\n%s %s WARN enrolment rejected: block 2 check failed code=%s\n'
            '%s %s WARN device token rejected: checksum mismatch token=%s\n' % (W.day(r), W.clock(r), _broken_trk(r), W.day(r), W.clock(r), _broken_gse(r),
                                                                            W.day(r), W.clock(r), _broken_rft(r)))


cls('own_layout_lookalikes_broken_checks', "this corpus's own KDL- / GSE- / rft_ / tracker layouts with a wrong ISO 6346, SEDOL, djb2 or mod-10 check",
    [('licence_validator_unit_tests', _unit_tests), ('activation_reject_log', _reject_log)])


def _sail_serials(r):
    rows = []
    for _ in range(r.randrange(3, 6)):
        body = 'SKR' + C.rand_str(r, C.UPPER_ALNUM, 7)
        rows.append(_m('valid_iso', body + C.iso6346_check(body)))
    return 'Sail serial plates sewn into this batch (public, printed on the kite):\n' + '\n'.join('  ' + x for x in rows) + '\n'


def _bin_labels(r):
    out = ['PARTS BINS - Windvanger counter']
    for _ in range(r.randrange(2, 4)):
        b = C.rand_str(r, C.SEDOL_ALPHA, 6)
        code = _m('valid_sedol', b + C.sedol_check(b))
        body = C.rand_str(r, C.B62, 12)
        tag = _m('valid_djb2', 'ast_%s_%08x' % (body, C.djb2(body)))
        d = C.rand_str(r, string.digits, 10)
        ref = _m('valid_m10', d + C.mod10_recursive(d))
        out.append('bin %s  asset tag %s  stock ref %s  %s' % (code, tag, ref, r.choice(['swivels', 'pigtails', 'bridle pulleys', 'leader lines'])))
    return '\n'.join(out) + '\n'


cls('valid_check_public_labels', 'public labels that pass the positives\' check algorithms under other prefixes (ISO 6346 sail serials, SEDOL-checked bins, djb2-tailed asset tags, mod-10 stock refs)',
    [('kite_serial_plates', _sail_serials), ('spare_parts_bin_labels', _bin_labels)])


# ------------------------------------------------------------------ the trade's own public data
def _metar(r):
    d = r.randrange(10, 28)
    wind = '%03d%02dG%02dKT' % (r.randrange(18, 28) * 10, r.randrange(12, 25), r.randrange(26, 38))
    return ('Morning briefing - Rhosneigr\nMETAR EGOV %02d0650Z %s 9999 FEW025 SCT040 %02d/%02d Q%d=\n'
            'TAF EGOV %02d0500Z %02d06/%02d15 %s 9999 SCT030 TEMPO %02d09/%02d13 %03d30G42KT=\n'
            'Decision: lessons on, foil group after 11:00.\n' % (d, wind, r.randrange(10, 20), r.randrange(5, 12), r.randrange(998, 1025),
                                                                 d, d, d, wind, d, d, r.randrange(19, 27) * 10))


def _nmea(r):
    lines = []
    for _ in range(r.randrange(3, 6)):
        body = 'WIMWV,%.1f,R,%.1f,N,A' % (r.randrange(0, 3600) / 10, r.randrange(50, 350) / 10)
        lines.append(_m('nmea', '$%s*%s' % (body, C.nmea_checksum(body))))
    body = 'GPRMC,%02d%02d%02d,A,5313.%03d,N,00430.%03d,W,0.0,0.0,%02d0725,,,A' % (
        r.randrange(6, 20), r.randrange(60), r.randrange(60), r.randrange(1000), r.randrange(1000), r.randrange(1, 28))
    lines.append(_m('nmea', '$%s*%s' % (body, C.nmea_checksum(body))))
    return '$ cat /dev/ttyUSB0  # wind mast anemometer\n' + '\n'.join(lines) + '\n'


cls('wind_and_position_reports', 'METAR/TAF briefings and NMEA 0183 sentences from the wind mast (real XOR checksums)',
    [('metar_taf_briefing', _metar), ('wind_mast_nmea_sentences', _nmea)])


def _size_chart(r):
    rows = ['size (m2) | rider weight (kg) | wind (kn)']
    for s in (5, 7, 9, 12, 14, 17):
        rows.append('%d | %d-%d | %d-%d' % (s, 50 + s * 2, 70 + s * 3, max(8, 38 - s * 2), max(14, 45 - s)))
    return 'Skyrigg Reach V%d - size chart\n' % r.randrange(2, 6) + '\n'.join(rows) + '\n'


def _line_sheet(r):
    return ('Windvanger line set - spec sheet\nMaterial: Dyneema SK%d, sleeved\nFront lines: 2 x %d m, %d daN\nBack lines: 2 x %d m, %d daN\n'
            'Tolerance after pre-stretch: +/- %d cm\nColour code: red left, blue right\n' % (
                r.choice([75, 78, 99]), r.choice([20, 22, 24]), r.choice([280, 330]), r.choice([20, 22, 24]), r.choice([200, 250]), r.randrange(1, 4)))


cls('kite_spec_and_line_sheets', 'product specs: size charts and line-set sheets full of numbers and codes',
    [('kite_size_chart', _size_chart), ('line_set_spec_sheet', _line_sheet)])


def _puzzle_answers(r):
    return ('Kite club puzzle page - last month\'s answers\n1. Starting from 27 and halving or tripling-plus-one, you reach 1 after 111 steps.\n'
            '2. Four kiters crossing the jetty with one torch in 1, 2, 5 and 10 minutes need 17 minutes at best.\n'
            '3. With piles of 30, 11, 23, 4 and 20 panels and 6 hours, the slowest pace that works is 23 panels an hour.\n'
            'Winner: %s. Next month: the ladybirds on the spar.\n' % W.person(r))


def _rainy_worksheet(r):
    return ('Rainy-day worksheet (answers on the back)\n- A buggy drives 14 m/s for 10 s and rests 127 s: how far after 1000 s? (1120 m)\n'
            '- Mooring a 31 m boat at 2 pounds a metre to 10 m and 3 above: %d pounds\n- How many fliers after 18 days from 3,4,3,1,2? (26)\n'
            % (10 * 2 + 21 * 3))


cls('genuine_club_puzzle_pages', 'genuine puzzle pages with worked answers: the look of the evasions, carrying nothing',
    [('kite_club_puzzle_answers', _puzzle_answers), ('surf_school_rainy_day_worksheet', _rainy_worksheet)])


def _png_b64(r):
    pal = [(0xE6, 0x39, 0x46), (0xF1, 0xFA, 0xEE), (0x45, 0x7B, 0x9D), (0x1D, 0x35, 0x57)]
    data = C.png_bytes(r, r.randrange(8, 20), r.randrange(8, 20), pal)
    _m('png', data)
    return base64.b64encode(data).decode()


def _newsletter_png(r):
    return ('<p>New for this season:</p>\n<img alt="rokkaku icon" width="16" height="16" src="data:image/png;base64,%s">\n' % _png_b64(r))


def _signature_mime(r):
    b = _png_b64(r)
    lines = [b[i:i + 76] for i in range(0, len(b), 76)]
    return ('--b1_%s\nContent-Type: image/png; name="skyrigg-logo.png"\nContent-Transfer-Encoding: base64\nContent-ID: <logo@skyrigg-kites.example>\n\n%s\n--b1_%s--\n' % (
        C.rand_str(r, C.HEX, 16), '\n'.join(lines), C.rand_str(r, C.HEX, 16)))


cls('embedded_base64_images', 'real PNG icons embedded as Base64 (data URI and MIME part)',
    [('newsletter_inline_png_data_uri', _newsletter_png), ('email_signature_logo_mime_part', _signature_mime)])


# ------------------------------------------------------------------ presentations
WRAPPERS = ['', '__forwarded_to_whatsapp_group', '__pinned_in_discord_channel', '__attached_to_trello_card',
            '__printed_on_clubhouse_noticeboard']


def wrap(w, text, r):
    if w == '':
        return text
    if w == '__forwarded_to_whatsapp_group':
        return '[%02d/0%d/2025, %s] %s: <forwarded> public stuff, nothing private in it\n%s' % (r.randrange(1, 29), r.randrange(4, 9), W.clock(r) + ':00', W.first(r), text)
    if w == '__pinned_in_discord_channel':
        return '📌 pinned by %s in #general - reference only, no logins here\n```\n%s```\n' % (W.first(r).lower(), text)
    if w == '__attached_to_trello_card':
        return 'Card: "Paperwork" - attachment text (checked, holds no credentials)\n---\n%s---\n' % text
    return '[notice board, clubhouse - printed %s]\n%s[end of notice]\n' % (W.day(r), text)


def build(seed=26706):
    r = random.Random(seed)
    META.clear()
    recs = []
    for name, desc, bases in CLASSES:
        for base, fn in bases:
            for w in WRAPPERS:
                recs.append({'class': name, 'container': base + w, 'text': wrap(w, fn(r), r), 'source': 'negative'})
    return recs, {k: list(v) for k, v in META.items()}
