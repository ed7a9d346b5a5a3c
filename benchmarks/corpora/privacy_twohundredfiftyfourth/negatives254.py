"""Negatives: 20 classes x 2 base kinds x 6 presentations, from the same world, carrying no secret."""
import base64
import hashlib
import json
import random

import common254 as C
import enc254
import everyday254
import world254 as W

SEED = 25406


# ---------------------------------------------------------------- check-digit identifiers
VIN_TRANS = {**{str(d): d for d in range(10)},
             'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8, 'J': 1, 'K': 2, 'L': 3, 'M': 4,
             'N': 5, 'P': 7, 'R': 9, 'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return 'X' if r == 10 else str(r)


assert vin_check('1M8GDM9AXKP042788') == 'X'
VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ'


def make_vin(rng):
    wmi = rng.choice(['WF0', 'VF1', 'WV1', 'SAL', 'ZFA'])
    body = wmi + C.rand_str(rng, VIN_CHARS, 5) + '0' + rng.choice('LMNPRS') + C.rand_str(rng, VIN_CHARS, 1) + C.rand_str(rng, C.DIGITS, 6)
    return body[:8] + vin_check(body) + body[9:]


def vat_valid(n):
    d = [int(x) for x in n]
    s = sum(a * w for a, w in zip(d[:7], [8, 7, 6, 5, 4, 3, 2]))
    chk = d[7] * 10 + d[8]
    return (s + chk) % 97 == 0 or (s + 55 + chk) % 97 == 0


assert vat_valid('999999973')


def make_vat(rng):
    while True:
        d = [rng.randrange(10) for _ in range(7)]
        s = sum(a * w for a, w in zip(d, [8, 7, 6, 5, 4, 3, 2]))
        chk = (-(s + 55)) % 97
        if chk < 100 and d[0] != 0:
            return ''.join(map(str, d)) + '%02d' % chk


ISO6346 = {}
_v = 10
for _ch in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ':
    if _v % 11 == 0:
        _v += 1
    ISO6346[_ch] = _v
    _v += 1


def iso6346_check(code10):
    s = sum((ISO6346[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(code10))
    return str(s % 11 % 10)


assert iso6346_check('CSQU305438') == '3'


def make_container(rng):
    owner = rng.choice(['MSK', 'ONE', 'NYK', 'CMA', 'HLX', 'EGL']) + 'U'
    c = owner + C.rand_str(rng, C.DIGITS, 6)
    return c + iso6346_check(c)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix):
    for d in '0123456789':
        if luhn_ok(prefix + d):
            return prefix + d


assert luhn_ok('79927398713') and luhn_ok('490154203237518')


def rf_valid(ref):
    s = ref[4:] + ref[:4]
    num = ''.join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def make_rf(rng):
    body = C.rand_str(rng, C.UPPER_ALNUM, rng.randrange(8, 16))
    num = ''.join(str(int(ch, 36)) for ch in body + 'RF00')
    chk = 98 - int(num) % 97
    return 'RF%02d%s' % (chk, body)


assert rf_valid('RF18539007547034')


# ---------------------------------------------------------------- helpers
def money(rng):
    return '%d.%02d' % (rng.randrange(3, 900), rng.randrange(100))


def reg_plate(rng):
    return '%s%s%02d %s' % (rng.choice('YSLMB'), rng.choice('KDNAT'), rng.choice([19, 21, 22, 71, 72, 73]), C.rand_str(rng, 'ABCDEFGHJKLMNOPRSTUVWXYZ', 3))


def p384_jwk(rng):
    d, Q = C.es384_keypair(rng)
    return {'kty': 'EC', 'crv': 'P-384', 'kid': 'bw-eng-%04d' % rng.randrange(10000), 'use': 'sig', 'alg': 'ES384',
            'x': C.b64url_nopad(Q[0].to_bytes(48, 'big')), 'y': C.b64url_nopad(Q[1].to_bytes(48, 'big'))}


def ssh_nistp384(rng):
    d, Q = C.es384_keypair(rng)

    def sstr(b):
        return len(b).to_bytes(4, 'big') + b
    blob = sstr(b'ecdsa-sha2-nistp384') + sstr(b'nistp384') + sstr(b'\x04' + Q[0].to_bytes(48, 'big') + Q[1].to_bytes(48, 'big'))
    return 'ecdsa-sha2-nistp384 ' + C.b64(blob)


def fernet_token(rng):
    body = b'\x80' + rng.randrange(1718000000, 1760000000).to_bytes(8, 'big') + C.rand_bytes(rng, 16) + C.rand_bytes(rng, 16 * rng.randrange(1, 4)) + C.rand_bytes(rng, 32)
    return base64.urlsafe_b64encode(body).decode()


def sops_value(rng, n):
    return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (C.b64(C.rand_bytes(rng, n)), C.b64(C.rand_bytes(rng, 32)), C.b64(C.rand_bytes(rng, 16)))


KEYS_USED = [everyday254.type_words(t) for t in everyday254.TYPE_NAMES]


# ---------------------------------------------------------------- the classes: name -> [(base kind, fn)]
CLASSES = {}


def cls(name, desc):
    def deco(fn):
        CLASSES.setdefault(name, {'desc': desc, 'kinds': []})['kinds'].append((fn.__name__.lstrip('_'), fn))
        return fn
    return deco


@cls('van_vin_fleet_register', 'VINs with real ISO 3779 check digits, registration plates and MOT dates of the sharpening vans')
def _fleet_register_csv(rng):
    rows = ['van,registration,vin,mot_due,mileage']
    for i in range(rng.randrange(3, 6)):
        rows.append('V%d,%s,%s,2025-%02d-%02d,%d' % (i + 1, reg_plate(rng), make_vin(rng), rng.randrange(1, 13), rng.randrange(1, 28), rng.randrange(20000, 140000)))
    return '\n'.join(rows) + '\n'


@cls('van_vin_fleet_register', '')
def _van_mot_reminder_email(rng):
    return ('Subject: MOT due - %s\n\nHi Imogen,\n\nThe Transit Custom %s (VIN %s) is due its MOT on %d %s. '
            'Book it in at the usual garage, the courtesy van is %s.\n\nFleet desk\n') % (
        reg_plate(rng), reg_plate(rng), make_vin(rng), rng.randrange(1, 28), rng.choice(['May', 'June', 'October']), reg_plate(rng))


@cls('supplier_vat_and_eori_numbers', 'UK VAT numbers with the real mod-97 (9755) check and the EORI numbers built from them')
def _supplier_master_data_export(rng):
    rows = ['supplier;vat_number;eori;payment_terms']
    for name in rng.sample(['Sheffield Steel Stock Ltd', 'Kitchen Spares Direct', 'Seki Blades Import', 'Abrasive Belts UK', 'Leatherworks Supply'], 3):
        v = make_vat(rng)
        rows.append('%s;GB%s %s %s;GB%s000;30 days' % (name, v[:3], v[3:7], v[7:], v))
    return '\n'.join(rows) + '\n'


@cls('supplier_vat_and_eori_numbers', '')
def _purchase_invoice_footer(rng):
    v = make_vat(rng)
    return ('INVOICE %d   Total due: GBP %s\nAbrasive Belts UK Ltd, Unit %d Attercliffe Road, Sheffield\n'
            'VAT Reg No: GB %s %s %s   Company No: %08d   EORI: GB%s000\n') % (
        rng.randrange(10000, 99999), money(rng), rng.randrange(1, 40), v[:3], v[3:7], v[7:], rng.randrange(10 ** 7), v)


@cls('imported_knife_container_codes', 'ISO 6346 container numbers with real check digits on Japanese knife imports')
def _shipping_manifest_lines(rng):
    lines = ['CONTAINER      SEAL       POL    POD    CARGO']
    for _ in range(rng.randrange(2, 5)):
        lines.append('%s  %s  JPNGO  GBFXT  kitchen knives, HS 8211.91' % (make_container(rng), 'SL' + C.rand_str(rng, C.DIGITS, 7)))
    return '\n'.join(lines) + '\n'


@cls('imported_knife_container_codes', '')
def _customs_clearance_email(rng):
    return ('Subject: Customs cleared - Seki shipment\n\nContainer %s has cleared at Felixstowe. '
            'Entry number %s, duty paid GBP %s. Delivery to Hallamshire on %d March.\n') % (
        make_container(rng), '%03d-%06d' % (rng.randrange(100, 999), rng.randrange(10 ** 6)), money(rng), rng.randrange(1, 28))


@cls('engineer_phone_imei_iccid', 'IMEIs and ICCIDs with real Luhn check digits in device inventories')
def _mdm_device_inventory_csv(rng):
    rows = ['device,user,imei,iccid,os']
    for _ in range(rng.randrange(3, 6)):
        imei = luhn_complete('35' + C.rand_str(rng, C.DIGITS, 12))
        iccid = luhn_complete('8944' + C.rand_str(rng, C.DIGITS, 14))
        rows.append('%s,%s,%s,%s,Android %d' % (rng.choice(['Galaxy XCover6', 'Pixel 8a', 'TC58']), W.user(rng), imei, iccid, rng.randrange(12, 16)))
    return '\n'.join(rows) + '\n'


@cls('engineer_phone_imei_iccid', '')
def _sim_order_confirmation(rng):
    sims = [luhn_complete('8944' + C.rand_str(rng, C.DIGITS, 14)) for _ in range(rng.randrange(2, 4))]
    return 'Your order %d has shipped.\nSIM cards (ICCID):\n%s\nActivate them in the business portal before use.\n' % (rng.randrange(10 ** 6, 10 ** 7), '\n'.join('  ' + s for s in sims))


@cls('payment_rf_creditor_references', 'ISO 11649 RF creditor references with real mod-97 checks')
def _remittance_advice_text(rng):
    return ('REMITTANCE ADVICE\nPayer: Brightwater Catering Equipment Services\nAmount: EUR %s\nCreditor reference: %s\n'
            'Value date: 2025-%02d-%02d\n') % (money(rng), make_rf(rng), rng.randrange(1, 13), rng.randrange(1, 28))


@cls('payment_rf_creditor_references', '')
def _bank_statement_csv(rng):
    rows = ['date,description,amount,reference']
    for _ in range(rng.randrange(3, 5)):
        rows.append('2025-%02d-%02d,SEPA CT %s,-%s,%s' % (rng.randrange(1, 13), rng.randrange(1, 28), rng.choice(['RATIONAL AG', 'WINTERHALTER', 'SEKI CUTLERY']), money(rng), make_rf(rng)))
    return '\n'.join(rows) + '\n'


@cls('firmware_sha512_and_blake2_digests', 'SHA-512, BLAKE2b-256 and SHA3-256 digests of random bytes in release manifests')
def _grinder_firmware_manifest(rng):
    lines = []
    for f in ['kg400-hmi-%d.%d.bin' % (rng.randrange(2, 5), rng.randrange(10)), 'kg400-plc-%d.%d.img' % (rng.randrange(2, 5), rng.randrange(10))]:
        lines.append('SHA512 (%s) = %s' % (f, hashlib.sha512(C.rand_bytes(rng, 64)).hexdigest()))
    return '\n'.join(lines) + '\n'


@cls('firmware_sha512_and_blake2_digests', '')
def _oven_update_release_notes(rng):
    return ('Gateway update %d.%d.%d\n- fixes MQTT reconnect after LTE drop\nblake2b-256: %s\nsha3-256:    %s\n') % (
        rng.randrange(1, 4), rng.randrange(10), rng.randrange(10), hashlib.blake2b(C.rand_bytes(rng, 48), digest_size=32).hexdigest(),
        hashlib.sha3_256(C.rand_bytes(rng, 48)).hexdigest())


@cls('argon2_and_django_pbkdf2_rows', 'argon2id and Django pbkdf2_sha256 hashes (random in frame), one set in a column called password')
def _shop_auth_user_table_dump(rng):
    rows = ['id | username | password | last_login']
    for i in range(rng.randrange(2, 5)):
        h = 'pbkdf2_sha256$1000000$%s$%s' % (C.rand_str(rng, C.ALNUM, 22), C.b64(C.rand_bytes(rng, 32)))
        rows.append('%d | %s | %s | 2025-%02d-%02d' % (i + 1, W.user(rng), h, rng.randrange(1, 13), rng.randrange(1, 28)))
    return '\n'.join(rows) + '\n'


@cls('argon2_and_django_pbkdf2_rows', '')
def _portal_users_json_export(rng):
    users = []
    staff = [p for p in W.PEOPLE if p[2] == 'brightwater']
    for f, l, _ in rng.sample(staff, rng.randrange(2, 4)):
        users.append({'email': '%s.%s@%s' % (f.lower(), l.lower(), W.FIRMS['brightwater']['domain']),
                      'hash': '$argon2id$v=19$m=65536,t=3,p=4$%s$%s' % (C.b64(C.rand_bytes(rng, 16)).rstrip('='), C.b64(C.rand_bytes(rng, 32)).rstrip('='))})
    return json.dumps({'users': users}, indent=2) + '\n'


@cls('ecdsa_p384_public_keys', 'real P-384 public keys: the engineer app JWKS (public half of the ES384 tokens) and ecdsa-sha2-nistp384 ssh keys')
def _engineer_app_jwks_json(rng):
    return json.dumps({'keys': [p384_jwk(rng) for _ in range(rng.randrange(1, 3))]}, indent=2) + '\n'


@cls('ecdsa_p384_public_keys', '')
def _authorized_keys_nistp384(rng):
    return '\n'.join('%s %s@%s' % (ssh_nistp384(rng), W.user(rng), rng.choice(['eng-laptop', 'forge-nuc', 'van3-tablet'])) for _ in range(rng.randrange(1, 3))) + '\n'


@cls('storefront_and_widget_public_keys', 'public-by-design keys: Stripe pk_live_, Square application id, PostHog phc_, hCaptcha and Turnstile site keys, Maps browser key, Mapbox pk.')
def _booking_page_html_head(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '  posthog.init("phc_%s", {api_host: "https://eu.i.posthog.com"});\n</script>\n'
            '<div class="h-captcha" data-sitekey="%s"></div>\n'
            '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s"></div>\n') % (
        C.rand_str(rng, C.ALNUM, 97), C.rand_str(rng, C.ALNUM, 43), C.uuid4(rng), C.rand_str(rng, C.ALNUM + '_-', 14))


@cls('storefront_and_widget_public_keys', '')
def _mobile_public_config_plist(rng):
    mb = C.b64url_nopad(json.dumps({'u': 'keenedge', 'a': 'cm' + C.rand_str(rng, C.LOWER_ALNUM, 23)}, separators=(',', ':')).encode())
    return ('<dict>\n  <key>SquareApplicationId</key>\n  <string>sq0idp-%s</string>\n'
            '  <key>MapsBrowserKey</key>\n  <string>AIzaSy%s</string>\n'
            '  <key>MapboxPublicToken</key>\n  <string>pk.%s.%s</string>\n</dict>\n') % (
        C.rand_str(rng, C.ALNUM, 22), C.rand_str(rng, C.B64URL, 33), mb, C.rand_str(rng, C.B64URL, 22))


PLACEHOLDERS = ['', 'changeme', '<paste-from-vault>', '${%s}', 'xxxxxxxxxxxx', 'TODO', 'null', '""']


@cls('env_sample_placeholder_values', 'this corpus\'s own key names with empty / changeme / <paste-from-vault> / ${VAR} / xxxx / TODO / null values')
def _env_sample_file(rng):
    lines = ['# .env.sample - copy to .env and fill in from the vault']
    for words in rng.sample(KEYS_USED, 4):
        k = C.style_key(words, 'upper')
        ph = rng.choice(PLACEHOLDERS)
        lines.append('%s=%s' % (k, ph % k if '%s' in ph else ph))
    return '\n'.join(lines) + '\n'


@cls('env_sample_placeholder_values', '')
def _compose_override_template(rng):
    lines = ['services:', '  worker:', '    environment:']
    for words in rng.sample(KEYS_USED, 3):
        k = C.style_key(words, 'upper')
        lines.append('      %s: ${%s:?set %s in .env}' % (k, k, k))
    return '\n'.join(lines) + '\n'


@cls('redacted_credential_displays', 'masked values keeping at most four characters, *** and [MASKED]')
def _integrations_settings_page_ocr(rng):
    return ('Integrations\nStripe        sk_live_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s   Connected\n'
            'SendGrid      SG.\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022   Connected\n'
            'ServiceM8     smk-\u2022\u2022\u2022\u2022\u2022\u2022%s    Reconnect\n') % (C.rand_str(rng, C.HEX, 4), C.rand_str(rng, C.HEX, 4))


@cls('redacted_credential_displays', '')
def _gitlab_job_log_masked(rng):
    return ('$ echo "deploying with token $DEPLOY_TOKEN"\ndeploying with token [MASKED]\n$ ./deploy.sh --key $PARTS_SYNC_KEY\n'
            'using key pcx-****************\nJob succeeded in %dm %ds\n') % (rng.randrange(1, 9), rng.randrange(60))


@cls('vault_and_cloud_secret_references', 'pointers: Vault paths, Secrets Manager ARNs, GCP secret versions, Key Vault references, op:// and ${{ secrets.* }}')
def _app_service_settings_json(rng):
    return json.dumps([
        {'name': 'PARTS_SYNC_KEY', 'value': '@Microsoft.KeyVault(SecretUri=https://bw-prod-kv.vault.azure.net/secrets/parts-sync-key/)'},
        {'name': 'ENGINEER_APP_JWT', 'value': 'projects/forgeline-prod/secrets/engineer-app-jwt/versions/%d' % rng.randrange(1, 9)},
        {'name': 'PORTAL_FERNET_KEY', 'value': 'arn:aws:secretsmanager:eu-west-2:%012d:secret:prod/portal-%s' % (rng.randrange(10 ** 11, 10 ** 12), C.rand_str(rng, C.ALNUM, 6))},
    ], indent=2) + '\n'


@cls('vault_and_cloud_secret_references', '')
def _external_secrets_manifest(rng):
    return ('apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: booking\nspec:\n  secretStoreRef:\n    name: vault\n'
            '  data:\n    - secretKey: LOCKER_TOKEN\n      remoteRef:\n        key: secret/data/keenedge/lockers\n        property: token\n'
            '    - secretKey: GRINDER_KEY\n      remoteRef:\n        key: op://Ops/Grinder fleet/credential\n# CI uses ${{ secrets.LOCKER_TOKEN }} (rotated %s)\n') % rng.choice(['monthly', 'weekly'])


@cls('sops_and_fernet_ciphertexts', 'SOPS AES256_GCM values and Fernet tokens (ciphertexts, random in frame; the Fernet tokens look like the positive Fernet keys\' output)')
def _sops_encrypted_yaml(rng):
    return ('drop_off_locker_token: %s\nparts_catalogue_key: %s\nsops:\n  kms: []\n  age:\n    - recipient: age1%s\n  lastmodified: "2025-%02d-%02dT10:00:00Z"\n  version: 3.9.1\n') % (
        sops_value(rng, 40), sops_value(rng, 45), C.rand_str(rng, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58), rng.randrange(1, 13), rng.randrange(1, 28))


@cls('sops_and_fernet_ciphertexts', '')
def _portal_db_encrypted_column_dump(rng):
    rows = ['customer_id | oven_gateway_token_enc']
    for _ in range(rng.randrange(2, 4)):
        rows.append('%d | %s' % (rng.randrange(1000, 9999), fernet_token(rng)))
    return '\n'.join(rows) + '\n'


@cls('vendor_docs_example_values', 'documentation placeholders and AWS\'s documented example key pair')
def _api_quickstart_readme(rng):
    return ('## Quick start\n\n```bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'
            'curl -H "X-API-Key: YOUR_API_KEY" https://api.example.com/v%d/jobs\n```\nReplace YOUR_API_KEY with the key from Settings > API.\n') % rng.randrange(1, 4)


@cls('vendor_docs_example_values', '')
def _sdk_config_reference_page(rng):
    return ('| Option | Example | Description |\n|---|---|---|\n| `token` | `<your-token>` | API token from the dashboard |\n'
            '| `webhook_secret` | `whsec_...` | shown once when you create the endpoint |\n| `timeout` | `%d` | seconds |\n') % rng.randrange(5, 60)


@cls('sharpening_staff_security_prose', 'handbook and onboarding prose about passwords and codes, with no value')
def _van_driver_handbook_page(rng):
    return ('Section %d - Tablets and lockers\nNever write the tablet unlock code on the dashboard. If you forget it, ring the office; '
            'we will reset it and text you a one-time code. Locker master logins are only used by the office.\n') % rng.randrange(3, 9)


@cls('sharpening_staff_security_prose', '')
def _engineer_onboarding_checklist(rng):
    return ('[ ] Laptop login set up (choose your own, at least 12 characters)\n[ ] Vault account created - ask %s\n'
            '[ ] Gas Safe card photographed\n[ ] Do not share oven service codes in Teams\n') % W.first_name(rng)


def _bad_crc24_token(rng):
    body = C.rand_str(rng, C.ALNUM, 28)
    good = everyday254.crc24_tail(body)
    while True:
        tail = C.rand_str(rng, C.B64URL, 4)
        if tail != good:
            return 'lkr_' + body + '_' + tail


def _bad_crc64_key(rng):
    body = C.rand_str(rng, C.LOWER_ALNUM, 24)
    good = '%016x' % C.crc64_xz(body.encode())
    while True:
        t = C.rand_str(rng, C.HEX, 16)
        if t != good:
            return 'pcx-' + body + '-' + t


def _bad_mod1271(rng):
    body = 'GRF' + C.rand_str(rng, C.UPPER_ALNUM, 22)
    good = C.mod1271_36_checks(body)
    while True:
        t = C.rand_str(rng, C.UPPER_ALNUM, 2)
        if t != good:
            return body + t


@cls('own_shape_failed_check_fixtures', 'this corpus\'s own lkr_ / pcx- / GRF shapes with a wrong CRC-24, CRC-64 or MOD 1271-36 check, in tests and reject logs')
def _token_validator_unit_tests(rng):
    return ('def test_rejects_bad_checksums():\n    for tok in [\n        "%s",\n        "%s",\n        "%s",\n    ]:\n'
            '        assert not validate(tok)  # fixtures: check characters deliberately wrong\n') % (_bad_crc24_token(rng), _bad_crc64_key(rng), _bad_mod1271(rng))


@cls('own_shape_failed_check_fixtures', '')
def _gateway_rejected_tokens_log(rng):
    return '\n'.join('2025-%02d-%02dT%02d:%02d:11Z WARN auth rejected token=%s reason=checksum' % (
        rng.randrange(1, 13), rng.randrange(1, 28), rng.randrange(24), rng.randrange(60), f(rng)) for f in (_bad_crc24_token, _bad_crc64_key, _bad_mod1271)) + '\n'


def _door_label(rng):
    body = C.rand_str(rng, C.ALNUM, 12)
    return 'lkd_' + body + '_' + everyday254.crc24_tail(body)


@cls('locker_door_labels_same_crc24', 'public locker door ids and parts-bin labels that carry a valid CRC-24 / CRC-64 tail (same algorithms as the positives)')
def _locker_door_label_print_job(rng):
    return '^XA\n' + ''.join('^FO40,%d^A0N,40,40^FD%s^FS\n' % (40 + 60 * i, _door_label(rng)) for i in range(rng.randrange(2, 5))) + '^XZ\n'


@cls('locker_door_labels_same_crc24', '')
def _parts_bin_label_sheet(rng):
    rows = ['bin label,aisle,part']
    for _ in range(rng.randrange(2, 5)):
        body = C.rand_str(rng, C.LOWER_ALNUM, 10)
        rows.append('bin-%s-%016x,%s%d,%s' % (body, C.crc64_xz(body.encode()), rng.choice('ABCD'), rng.randrange(1, 20), rng.choice(['door gasket 10-1/1', 'rinse arm', 'thermostat 320C', 'solenoid valve 24V'])))
    return '\n'.join(rows) + '\n'


@cls('job_and_booking_references', 'UUIDv4 job ids, booking references, sales-order numbers and W3C traceparent headers')
def _job_export_csv(rng):
    rows = ['job_id,site,appliance,so_number']
    for _ in range(rng.randrange(3, 5)):
        rows.append('%s,%s,%s,SO%05d' % (C.uuid4(rng), rng.choice(['Harbour Grill', 'The Copper Pan', 'St Aidan School']), rng.choice(['combi', 'dishwasher', 'fryer']), rng.randrange(10 ** 5)))
    return '\n'.join(rows) + '\n'


@cls('job_and_booking_references', '')
def _sharpening_slot_confirmation_text(rng):
    return ('Your sharpening booking KE-2025-%06d is confirmed for %d %s at %s.\nDrop-off locker %d, reference %s.\n'
            'traceparent: 00-%s-%s-01\n') % (rng.randrange(10 ** 6), rng.randrange(1, 28), rng.choice(['May', 'June', 'July']),
                                               rng.choice(['Kirkgate Market', 'Moor Market']), rng.randrange(1, 40), C.uuid4(rng), C.rand_str(rng, C.HEX, 32), C.rand_str(rng, C.HEX, 16))


@cls('knife_steel_and_hardness_specs', 'steel designations, hardness and heat-treat records that look like codes')
def _blade_spec_sheet(rng):
    steel = rng.choice(['X50CrMoV15 (1.4116)', 'VG-10', 'SG2 / R2', 'AEB-L', '14C28N', 'CPM-S35VN', 'N690Co', 'X39Cr13 (1.4031)'])
    return ('Model: Hallamshire %s %dmm\nSteel: %s\nHardness: %d-%d HRC\nEdge: %d deg per side, convex micro-bevel\nHandle: %s\n') % (
        rng.choice(['Gyuto', 'Santoku', 'Petty', 'Cook']), rng.choice([130, 150, 180, 210, 240]), steel, rng.randrange(56, 60), rng.randrange(60, 63),
        rng.choice([12, 15, 17, 20]), rng.choice(['stabilised birch', 'black micarta', 'G10 orange']))


@cls('knife_steel_and_hardness_specs', '')
def _heat_treat_batch_record(rng):
    return ('Batch HT-%04d  Kiln 2\nSteel 1.4116  Qty %d blanks\nAustenitise 1060C 10 min, plate quench, sub-zero -80C 2 h, temper 2 x 160C\n'
            'Test coupons: %d.%d / %d.%d HRC\n') % (rng.randrange(10000), rng.randrange(10, 80), rng.randrange(56, 60), rng.randrange(10), rng.randrange(56, 60), rng.randrange(10))


@cls('genuine_puzzle_and_sensor_sheets', 'genuine Chess960 draws, bowling league lines, PT100 calibration tables and element readings (the look of five evasions, carrying nothing)')
def _works_social_club_sheet(rng):
    games = []
    for _ in range(2):
        frames = enc254._bowling_game(rng, rng.randrange(90, 200))
        games.append('|'.join(enc254._frame_text(fr, i == 9) for i, fr in enumerate(frames)))
    return ('Works social club\nChess960 night - tonight\'s start position: %s (drawn with the app)\n'
            'Bowling league, lane 4:\n  %s\n  %s\n') % (enc254.chess960(rng.randrange(960)), games[0], games[1])


@cls('genuine_puzzle_and_sensor_sheets', '')
def _oven_probe_calibration_record(rng):
    lines = ['Probe calibration, combi oven core probe (PT100), site %s' % rng.choice(['Harbour Grill', 'The Copper Pan'])]
    for t in (0, 50, 100, 150, 200):
        lines.append('  %4d C  ref %.3f ohm  read %.3f ohm' % (t, enc254.pt100_r(t), enc254.pt100_r(t) + rng.uniform(-0.05, 0.05)))
    amps = rng.randrange(800, 1400)
    lines.append('  element check: 230.00 V at %d.%02d A' % (amps // 100, amps % 100))
    return '\n'.join(lines) + '\n'


CLASS_NAMES = list(CLASSES)
assert len(CLASS_NAMES) == 20 and all(len(CLASSES[c]['kinds']) == 2 for c in CLASS_NAMES)

WRAPPERS = ['', '__shared_in_teams_channel', '__quoted_in_jira_ticket', '__forwarded_by_outlook', '__posted_to_cutlers_forum', '__pinned_in_confluence']


def wrap(w, rng, body):
    if w == '':
        return body
    if w == '__shared_in_teams_channel':
        return '%s  %02d:%02d\nposting this here so nobody has to ask again - none of it is a login:\n%s' % (W.first_name(rng), rng.randrange(8, 18), rng.randrange(60), body)
    if w == '__quoted_in_jira_ticket':
        return 'BWS-%d comment\n{quote}\n%s{quote}\nNothing sensitive in the quote, closing.\n' % (rng.randrange(1000, 9999), body)
    if w == '__forwarded_by_outlook':
        return 'From: %s\nSubject: FW: for the records\n\n---------- Forwarded message ----------\n%s' % (W.email(rng), body)
    if w == '__posted_to_cutlers_forum':
        return 'Re: [Cutlers & Sharpeners Forum] how do you keep records?\nQuote:\n%s-- posted by %s\n' % (body, rng.choice(['hallamshire_wilf', 'keenedge_imogen', 'edge_and_burr']))
    if w == '__pinned_in_confluence':
        return '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[%s]]></ac:plain-text-body></ac:structured-macro>\n' % body
    raise ValueError(w)


def build(reg, forbidden_check):
    """forbidden_check(text) -> reason or None (positives, plains, password forms, JWTs, UUIDs)."""
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cname in CLASS_NAMES:
        for kname, fn in CLASSES[cname]['kinds']:
            for w in WRAPPERS:
                for _ in range(200):
                    text = wrap(w, rng, fn(rng))
                    if text in seen or forbidden_check(text):
                        continue
                    break
                else:
                    raise RuntimeError('negative %s %s: %s' % (cname, kname, forbidden_check(text)))
                seen.add(text)
                recs.append({'class': cname, 'container': kname + w, 'text': text, 'source': 'negative'})
    return recs
