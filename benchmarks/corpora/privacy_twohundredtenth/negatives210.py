"""Hard negatives of the balloon / skydive / paragliding world: no secret in any text."""
import base64, hashlib, hmac, json, random
from common210 import *

def icao24(r):
    return rs(r, HEXL, 6)

def reg_mark(r):
    return 'G-' + rs(r, UPP, 4)

def k_aircraft_csv(r):
    rows = ['Registration,Type,ICAO24,Operator']
    for _ in range(4):
        rows.append('%s,%s,%s,%s' % (reg_mark(r), r.choice(['Cameron Z-105', 'Lindstrand 90A', 'Ultramagic M-77', 'Cessna 208B', 'PAC 750XL']), icao24(r), r.choice(['Skyward Balloons', 'Dropzone North', 'Dawn Patrol Flights'])))
    return '\n'.join(rows) + '\n'

def k_adsb_log(r):
    out = []
    for i in range(4):
        out.append('2025-06-14T06:%02d:%02dZ %s %s alt %d gs %d trk %03d sq 7000' % (10 + i, r.randint(0, 59), icao24(r), reg_mark(r), r.randint(500, 4000), r.randint(3, 20), r.randint(0, 359)))
    return '\n'.join(out) + '\n'

def k_rig_card(r):
    return ('RIG INSPECTION CARD\nContainer: Javelin Odyssey  SN %s-%04d-%02d\nReserve: Smart 160  SN %d  DOM %02d/20%02d\nAAD: CYPRES 2  SN %d  next service %02d/2026\nRigger: %s  Seal: %s\n'
            % (r.choice(['JVX', 'VCT', 'MRG']), r.randint(1, 9999), r.randint(10, 24), r.randint(100000, 999999), r.randint(1, 12), r.randint(15, 24), r.randint(10000, 99999), r.randint(1, 12), r.choice(['A. Moss', 'K. Iyer', 'T. Berg']), rs(r, UPP, 3)))

def k_aad_csv(r):
    rows = ['aad_serial,model,last_service,jumps']
    for _ in range(4):
        rows.append('%s%d,%s,2025-%02d-%02d,%d' % (r.choice(['CY', 'VG', 'MA']), r.randint(10000, 99999), r.choice(['Cypres 2', 'Vigil Cuatro', 'Mars M2']), r.randint(1, 12), r.randint(1, 28), r.randint(10, 2400)))
    return '\n'.join(rows) + '\n'

def k_member_dir(r):
    rows = ['Name\tOrg\tNumber\tRating']
    for _ in range(4):
        rows.append('%s\t%s\t%s\t%s' % (r.choice(['A. Moss', 'K. Iyer', 'T. Berg', 'L. Okafor', 'R. Silva']), r.choice(['USPA', 'BPA', 'BHPA']), r.choice(['D-', 'C-', '']) + str(r.randint(10000, 99999)), r.choice(['Coach', 'AFFI', 'Tandem-I', 'CP', 'Pilot'])))
    return '\n'.join(rows) + '\n'

def k_rating_card(r):
    return 'INSTRUCTOR RATING\nHolder: %s\nMembership no. %d\nRating: %s  valid to 31/03/2027\nExaminer ref: EX-%04d\n' % (r.choice(['Jo Hart', 'Sam Lee', 'Ali Khan']), r.randint(100000, 999999), r.choice(['Tandem Instructor (Sigma)', 'AFF Instructor', 'Club Pilot Coach']), r.randint(1, 9999))

def k_manifest_board(r):
    out = ['LOAD  AIRCRAFT  CALL   SLOTS']
    for _ in range(4):
        out.append('%-5d %-9s %-6s %d/%d' % (r.randint(1, 25), reg_mark(r), r.choice(['20 min', '10 min', 'NOW', 'HOLD']), r.randint(5, 15), 15))
    return '\n'.join(out) + '\n'

def k_load_json(r):
    return json.dumps({'load_id': uuid4(r), 'load_no': r.randint(1, 25), 'aircraft': reg_mark(r), 'slots': [{'slot_id': uuid4(r), 'jumper': r.choice(['tandem', 'fun', 'student'])} for _ in range(2)]}, indent=2) + '\n'

def k_metar(r):
    out = []
    for _ in range(3):
        out.append('METAR %s 14%02d%02dZ %03d%02dKT 9999 %s%03d %02d/%02d Q%d' % (r.choice(['EGBP', 'EGTK', 'EGKB', 'LFPN']), r.randint(5, 9), r.choice([20, 50]), r.randint(0, 35) * 10, r.randint(2, 18), r.choice(['FEW', 'SCT', 'BKN']), r.randint(15, 45), r.randint(8, 22), r.randint(2, 12), r.randint(998, 1030)))
    return '\n'.join(out) + '\n'

def k_taf(r):
    return ('TAF %s 140500Z 1406/1506 %03d%02dKT 9999 SCT%03d\n  BECMG 1410/1412 %03d%02dG%02dKT\n  TEMPO 1414/1418 4000 SHRA BKN%03d\nBriefing: launch window 06:00-09:30 if surface wind under 8 kt.\n'
            % (r.choice(['EGBP', 'EGTK']), r.randint(0, 35) * 10, r.randint(3, 10), r.randint(20, 45), r.randint(0, 35) * 10, r.randint(8, 14), r.randint(18, 28), r.randint(10, 25)))

def waiver_no(r):
    body = rs(r, DIG, 11)
    return 'WV-' + body + iso7064_mod11_2(body)

def k_waiver_csv(r):
    rows = ['waiver_no,signed_at,activity,weight_kg']
    for _ in range(4):
        rows.append('%s,2025-06-%02d %02d:%02d,%s,%d' % (waiver_no(r), r.randint(1, 28), r.randint(6, 18), r.randint(0, 59), r.choice(['balloon', 'tandem', 'paraglide-tandem']), r.randint(50, 110)))
    return '\n'.join(rows) + '\n'

def k_waiver_email(r):
    return 'Subject: Your waiver is signed\n\nThank you. Your waiver number is %s.\nPlease bring photo ID and wear flat shoes. Max passenger weight 110 kg.\n' % waiver_no(r)

def imei(r):
    b = '35' + rs(r, DIG, 12)
    return b + luhn_digit(b)

def k_flarmnet(r):
    out = ['FLARM ID  REG     CN  TYPE']
    for _ in range(4):
        out.append('%s    %s  %s  %s' % (rs(r, HEXU, 6), reg_mark(r), rs(r, ALNUM_U, 2), r.choice(['Paraglider', 'Balloon', 'Tug'])))
    return '\n'.join(out) + '\n'

def k_tracker_csv(r):
    rows = ['device,imei,vehicle,last_fix']
    for i in range(3):
        rows.append('TK-%03d,%s,Van %d,51.%04d -1.%04d' % (r.randint(1, 999), imei(r), i + 1, r.randint(0, 9999), r.randint(0, 9999)))
    return '\n'.join(rows) + '\n'

def k_igc(r):
    lines = ['AXCT%s' % rs(r, ALNUM_U, 3), 'HFDTE140625', 'HFPLTPILOTINCHARGE:%s' % r.choice(['Jo Hart', 'Sam Lee']), 'HFGTYGLIDERTYPE:%s' % r.choice(['Ozone Rush 6', 'Advance Iota 2'])]
    for _ in range(2):
        lines.append('B%02d%02d%02d51%05dN001%05dWA%05d%05d' % (r.randint(8, 16), r.randint(0, 59), r.randint(0, 59), r.randint(0, 99999), r.randint(0, 99999), r.randint(300, 2500), r.randint(300, 2500)))
    for _ in range(3):
        lines.append('G' + rs(r, HEXU, 64))
    return '\n'.join(lines) + '\n'

def k_xc_receipt(r):
    return 'XContest upload accepted\nFlight id: %d\nIGC G-record: VALID (digest %s)\nDistance: %.1f km  Points: %.2f\n' % (r.randint(1000000, 9999999), rs(r, HEXU, 32), r.uniform(10, 120), r.uniform(10, 180))

def k_fw_manifest(r):
    data = rbytes(r, 64)
    return json.dumps({'device': 'vario-esp32', 'version': '2.%d.%d' % (r.randint(0, 9), r.randint(0, 20)), 'sha256': hashlib.sha256(data).hexdigest(), 'size': r.randint(900000, 1500000)}, indent=2) + '\n'

def k_sha256sums(r):
    out = []
    for f in ['vario-2.31.bin', 'vario-2.31.elf', 'release-notes.md']:
        out.append('%s  %s' % (hashlib.sha256(rbytes(r, 32)).hexdigest(), f))
    return '\n'.join(out) + '\n'

def k_widget_html(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<div id="tandem-booking" data-stripe-key="pk_live_51%s"\n     data-recaptcha-sitekey="6L%s"\n     data-posthog="phc_%s"></div>\n'
            % (rs(r, B62, 97), rs(r, B64URL, 38), rs(r, B62, 43)))

def k_public_json(r):
    return json.dumps({'mapboxPublicToken': 'pk.' + b64u(json.dumps({'u': 'dzops', 'a': rs(r, ALNUM_L, 25)}).encode()) + '.' + rs(r, B64URL, 22),
                       'sentryDsn': 'https://%s@o%d.ingest.sentry.io/%d' % (rs(r, HEXL, 32), r.randint(100000, 999999), r.randint(1000000, 9999999)),
                       'stripePublishableKey': 'pk_live_51' + rs(r, B62, 97)}, indent=2) + '\n'

def k_env_sample(r):
    return ('# .env.sample - copy to .env and fill in\nRETRIEVE_INGEST_TOKEN=rtk_<30 base62 + crc32>\nBOOKING_SECRET_KEY=tbk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_0000\nWIND_WEBHOOK_SECRET=wxgo_whk_changeme\nMANIFEST_ADMIN_PASSWORD=\nVOUCHER_HMAC_KEY=${VOUCHER_HMAC_KEY:?set in vault}\nLOGBOOK_FERNET_KEY=<your-fernet-key>\n# %s\n' % r.choice(['ask the office', 'see wiki/Setup', 'never commit .env']))

def k_readme_setup(r):
    return ('## Setup\n\n1. `cp .env.sample .env`\n2. Set `KIOSK_SESSION_JWT` to `eyJ...your-token...` from the admin page.\n3. Leave `BOOKING_SECRET_KEY=tbk_live_xxx` in development; the sandbox ignores it.\n4. Run `make seed` (%d demo loads).\n' % r.randint(3, 12))

def k_sync_log(r):
    return ('%s INFO  retrieve-sync using token rtk_****%s\n%s INFO  posted %d fixes\n%s WARN  booking key ******** rejected (401), retrying\n'
            % ('2025-06-14T06:02:11Z', rs(r, HEXL, 4), '2025-06-14T06:02:12Z', r.randint(10, 90), '2025-06-14T06:02:13Z'))

def k_ci_masked(r):
    return '$ ./deploy.sh --env production\nUsing MANIFEST_ADMIN_PASSWORD=***\nUsing BOOKING_SECRET_KEY=[FILTERED]\nDeploy #%d finished in %ds\n' % (r.randint(100, 999), r.randint(30, 200))

def k_helm_refs(r):
    return ('envFrom:\n  - secretRef:\n      name: manifest-secrets\nexternalSecrets:\n  - key: vault:secret/data/dz/manifest#admin_password\n  - key: arn:aws:secretsmanager:eu-west-2:%d:secret:dz/booking-%s\n  - key: projects/%d/secrets/wind-webhook/versions/latest\n'
            % (r.randint(10**11, 10**12 - 1), rs(r, B62, 6), r.randint(100000, 999999)))

def k_gha_refs(r):
    return 'env:\n  RETRIEVE_INGEST_TOKEN: ${{ secrets.RETRIEVE_INGEST_TOKEN }}\n  LOGBOOK_DB_PASSWORD: op://DZ Ops/Logbook DB/password\n  RUN: "%d"\n' % r.randint(1, 999)

def b64_lines(data, width=64):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width))

def k_age_file(r):
    return '-----BEGIN AGE ENCRYPTED FILE-----\n' + b64_lines(rbytes(r, 150)) + '\n-----END AGE ENCRYPTED FILE-----\n'

def k_pgp_email(r):
    return 'Hi, manifest export attached inline.\n\n-----BEGIN PGP MESSAGE-----\n\n' + b64_lines(rbytes(r, 140)) + '\n=' + base64.b64encode(rbytes(r, 3)).decode() + '\n-----END PGP MESSAGE-----\n'

BCRYPT_AL = './' + UPP + LOW + DIG

def k_users_dump(r):
    rows = ['id | username | password_hash']
    for i in range(3):
        rows.append('%d | %s | $2b$12$%s' % (i + 1, r.choice(USERS), rs(r, BCRYPT_AL, 53)))
    rows.append('4 | %s | $argon2id$v=19$m=65536,t=3,p=4$%s$%s' % (r.choice(USERS), b64u(rbytes(r, 16)), b64u(rbytes(r, 32))))
    return '\n'.join(rows) + '\n'

def k_htpasswd_bcrypt(r):
    return '\n'.join('%s:$2y$10$%s' % (u, rs(r, BCRYPT_AL, 53)) for u in r.sample(USERS, 3)) + '\n'

def k_handbook(r):
    return r.choice([
        'Passwords for the manifest PC are changed at the start of every season. Never write them on the hangar whiteboard, never send them in the crew chat, and use the password manager for anything shared.\n',
        'If you think a password has leaked (for example it was read out on the radio), tell the office the same day. We rotate it and log the change.\n',
        'Use a passphrase of four or more words for your logbook login. The booking system will ask for a second factor on new devices.\n']) + 'Section %d.%d\n' % (r.randint(1, 9), r.randint(1, 9))

def k_induction(r):
    return 'Induction checklist for new instructors\n[ ] Collect your own logbook login from the office (no shared accounts)\n[ ] Set up two-factor on the booking system\n[ ] Read the password section of the ops manual\nDay %d of 5\n' % r.randint(1, 5)

def k_ssh_prompt(r):
    return "The authenticity of host 'manifest.dz.lan (10.40.0.%d)' can't be established.\nED25519 key fingerprint is SHA256:%s.\nAre you sure you want to continue connecting (yes/no)? yes\n" % (r.randint(2, 250), base64.b64encode(rbytes(r, 32)).decode().rstrip('='))

def k_tls_pins(r):
    return 'pins:\n  booking.example:\n    - pin-sha256="%s"\n    - pin-sha256="%s"\n  max-age: %d\n' % (base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 32)).decode(), r.choice([2592000, 5184000]))

def k_stripe_sig(r):
    payload = json.dumps({'id': 'evt_' + rs(r, B62, 24), 'type': 'checkout.session.completed'})
    t = 1749880000 + r.randint(0, 999999)
    sig = hmac.new(rbytes(r, 32), ('%d.%s' % (t, payload)).encode(), hashlib.sha256).hexdigest()
    return 'POST /webhooks/stripe\nStripe-Signature: t=%d,v1=%s\nContent-Length: %d\n\n%s\n' % (t, sig, len(payload), payload)

def k_svix(r):
    sig = base64.b64encode(hmac.new(rbytes(r, 32), rbytes(r, 40), hashlib.sha256).digest()).decode()
    return json.dumps({'msg_id': 'msg_' + rs(r, B62, 27), 'attempt': r.randint(1, 3), 'headers': {'svix-id': 'msg_' + rs(r, B62, 27), 'svix-timestamp': str(1749880000 + r.randint(0, 999999)), 'svix-signature': 'v1,' + sig}, 'status': 200}, indent=2) + '\n'

def k_ics(r):
    return 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:%s@booking.example\nDTSTART:202506%02dT053000Z\nSUMMARY:Balloon flight - meet at launch field\nEND:VEVENT\nEND:VCALENDAR\n' % (uuid4(r), r.randint(1, 28))

def k_booking_json(r):
    return json.dumps({'booking_id': uuid4(r), 'voucher_ref': 'GV-%06d' % r.randint(0, 999999), 'product': r.choice(['tandem-skydive', 'sunrise-balloon', 'paraglide-tandem']), 'pax': r.randint(1, 4)}, indent=2) + '\n'

def k_lift_calc(r):
    ws = [r.randint(55, 105) for _ in range(4)]
    return 'LOAD CALC  envelope %d m3  OAT %d C\nPax weights: %s  total %d kg\nPilot %d kg, fuel 4 x %d kg\nMax lift at 100 C: %d kg  -> margin OK\n' % (r.choice([3000, 4250, 6000]), r.randint(5, 22), ', '.join(map(str, ws)), sum(ws), r.randint(65, 95), r.randint(38, 45), r.randint(1100, 1500))

def k_tandem_weight(r):
    return 'Tandem weight check\nPassenger: %d kg (limit 100)\nHeight: %d cm\nHarness size: %s\nSigned by TI: %s\n' % (r.randint(50, 100), r.randint(150, 195), r.choice(['S', 'M', 'L', 'XL']), r.choice(['J.H.', 'S.L.', 'A.K.']))

CLASSES = [
    ('aircraft_registrations_and_icao24_addresses', 'aircraft registrations and ICAO 24-bit hex addresses', [('aircraft_register_csv', k_aircraft_csv), ('adsb_receiver_log', k_adsb_log)]),
    ('parachute_aad_and_container_serials', 'AAD, container and reserve serials, DOMs, seals', [('rig_inspection_card', k_rig_card), ('aad_service_log_csv', k_aad_csv)]),
    ('skydiver_and_pilot_licence_numbers', 'USPA / BPA / BHPA membership and rating numbers', [('member_directory_tsv', k_member_dir), ('instructor_rating_card', k_rating_card)]),
    ('jump_load_and_slot_references', 'load numbers, call times, load and slot UUIDv4s', [('manifest_board_export', k_manifest_board), ('load_sheet_json', k_load_json)]),
    ('metar_and_taf_weather_bulletins', 'METAR and TAF strings (random-looking groups)', [('metar_feed_text', k_metar), ('taf_briefing_note', k_taf)]),
    ('waiver_numbers_iso7064_mod11_checked', 'waiver numbers with a real ISO 7064 MOD 11-2 check character', [('waiver_register_csv', k_waiver_csv), ('waiver_confirmation_email', k_waiver_email)]),
    ('flarm_ids_and_tracker_imeis', 'FLARM ids and tracker IMEIs with real Luhn digits', [('flarmnet_export_txt', k_flarmnet), ('tracker_fleet_csv', k_tracker_csv)]),
    ('igc_flight_log_g_records', 'IGC files with G-record security lines (64 upper hex, random) and upload receipts', [('igc_file_excerpt', k_igc), ('xcontest_upload_receipt', k_xc_receipt)]),
    ('vario_firmware_sha256_manifests', 'SHA-256 digests (real digests of random bytes) in firmware manifests', [('firmware_release_manifest_json', k_fw_manifest), ('sha256sums_file', k_sha256sums)]),
    ('booking_page_publishable_keys', 'Stripe `pk_live_`, reCAPTCHA site keys, PostHog `phc_`, Mapbox `pk.`, Sentry DSNs', [('booking_widget_embed_html', k_widget_html), ('mobile_app_public_config_json', k_public_json)]),
    ('dropzone_env_sample_placeholders', '`rtk_<…>`, `tbk_live_XXXX…_0000`, `wxgo_whk_changeme`, empty and `${…:?…}` values, `<your-…>`, `eyJ...your-token...`', [('env_sample_file', k_env_sample), ('readme_setup_section', k_readme_setup)]),
    ('masked_values_in_manifest_logs', '`rtk_****` + 4 hex, `********`, `***`, `[FILTERED]`', [('manifest_sync_log', k_sync_log), ('ci_deploy_log_masked', k_ci_masked)]),
    ('secret_manager_pointers_in_ops_repo', '`vault:` paths, Secrets Manager ARNs, GCP secret names, `${{ secrets.… }}`, `op://`', [('helm_values_external_refs', k_helm_refs), ('github_actions_secret_refs', k_gha_refs)]),
    ('age_and_pgp_encrypted_payloads', 'age and OpenPGP armored messages (random bytes in the right frame)', [('age_armored_file', k_age_file), ('pgp_message_email', k_pgp_email)]),
    ('bcrypt_and_argon2id_hash_strings', 'bcrypt `$2b$` / `$2y$` and `$argon2id$` strings (random in frame; the column says password_hash)', [('crew_users_table_dump', k_users_dump), ('htpasswd_bcrypt_file', k_htpasswd_bcrypt)]),
    ('password_rotation_policy_prose', 'ops-manual and induction text about passwords with no password in it', [('ops_manual_security_page', k_handbook), ('instructor_induction_checklist', k_induction)]),
    ('ssh_fingerprints_and_tls_pins', 'SSH `SHA256:` host-key fingerprints and HPKP-style `pin-sha256` values', [('ssh_first_connect_prompt', k_ssh_prompt), ('tls_pinning_config_yaml', k_tls_pins)]),
    ('stripe_and_svix_signature_headers', '`Stripe-Signature` and `svix-signature` values (real HMAC-SHA256 under discarded keys)', [('booking_webhook_request_log', k_stripe_sig), ('svix_delivery_attempt_json', k_svix)]),
    ('ics_uids_and_booking_uuids', 'iCalendar UIDs, booking UUIDv4s and voucher references', [('tandem_booking_ics_invite', k_ics), ('booking_export_json', k_booking_json)]),
    ('passenger_weight_and_lift_calculations', 'passenger weights, lift and load calculations, harness sizes', [('balloon_load_calculation_sheet', k_lift_calc), ('tandem_weight_check_form', k_tandem_weight)]),
]

WRAPPERS = [
    ('', None),
    ('in_dropzone_slack_message', lambda t, r: '[%02d:%02d] %s: can someone sanity-check this?\n```\n%s```\n' % (r.randint(6, 20), r.randint(0, 59), r.choice(USERS), t)),
    ('in_ops_gitea_issue', lambda t, r: '### Issue #%d: looks odd, is this safe to share?\n\n%s\n_Labels: ops, question_\n' % (r.randint(10, 400), t)),
    ('in_pilot_email_thread', lambda t, r: 'Re: paperwork for Saturday\n\n> On Fri, the office wrote:\n> see below\n\n%s\nThanks!\n' % t),
    ('in_paragliding_forum_post', lambda t, r: 'Re: how do you all store this stuff?\nQuote from ridge_rat:\n%s\nWe do the same at our club.\n' % t),
]

def build(reg, hidden):
    rng = random.Random(21006)
    bad = [v for v in reg.items if len(v) >= 6] + list(hidden)
    out = []
    seen = set()
    n = 0
    for cname, _, kinds in CLASSES:
        for kname, fn in kinds:
            for wname, wfn in WRAPPERS:
                for _ in range(50):
                    t = fn(rng)
                    if wfn:
                        t = wfn(t, rng)
                    if t not in seen and not any(b in t for b in bad):
                        break
                else:
                    raise RuntimeError('negative draw failed')
                seen.add(t)
                n += 1
                out.append({'id': 'p210-n-%04d' % n, 'class': cname, 'container': kname + ('__' + wname if wname else ''),
                            'text': t, 'source': 'negative'})
    return out
