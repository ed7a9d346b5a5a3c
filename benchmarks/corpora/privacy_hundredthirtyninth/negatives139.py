"""Hard negatives of the ski / marina / outdoor world: look like secrets, are not."""
import random, hashlib, string
from common139 import *

U, D = string.ascii_uppercase, string.digits


def chip_uid(r): return ':'.join(rhex(r, 2, True) for _ in range(7))


def pass_barcode(r):
    s = '7' + rs(r, 14, D)
    return s + luhn_digit(s)


def hin(r):  # US hull identification number: MIC + serial + month/year
    return rs(r, 3, U) + rs(r, 5, U + D) + rs(r, 1, 'ABCDEFGHIJKL') + rs(r, 1, D) + rs(r, 2, D)


def mmsi(r): return '2' + rs(r, 8, D)


def k_lift_scan_log(r):
    rows = ['ts,gate,chip_uid,result']
    for i in range(4):
        rows.append('2026-02-1%d 08:%02d:%02d,GATE-%02d,%s,VALID' % (i, r.randint(0, 59), r.randint(0, 59), r.randint(1, 12), chip_uid(r)))
    return '\n'.join(rows)

def k_chip_inventory(r):
    return 'keycard batch %s received: first UID %s, last UID %s (%d cards, ISO 14443A)' % (rs(r, 6, D), chip_uid(r), chip_uid(r), r.randint(500, 5000))

def k_pass_roster(r):
    return 'pass_no,product,valid_from\n' + '\n'.join('%s,SEASON-ADULT,2025-11-29' % pass_barcode(r) for _ in range(3))

def k_pass_print_job(r):
    return 'Printing season cards: barcode %s … %s (check digit Luhn), printer EVOLIS-02' % (pass_barcode(r), pass_barcode(r))

def k_lora_uplink(r):
    return '{"devEUI":"%s","fPort":2,"data_hex":"%s","rssi":-%d}' % (rhex(r, 16), rhex(r, 24), r.randint(60, 120))

def k_gun_modbus_dump(r):
    return 'gun 14 holding regs 40001-40016: ' + ' '.join(rhex(r, 4, True) for _ in range(16))

def k_slip_register(r):
    return 'slip,vessel,hin,mmsi\n' + '\n'.join('B-%02d,%s,%s,%s' % (r.randint(1, 60), r.choice(['Sea Otter', 'Halyard II', 'Nordlys', 'Blue Cleat']), hin(r), mmsi(r)) for _ in range(3))

def k_ais_log(r):
    return '!AIVDM position report decoded: MMSI %s, lat 59.%s, lon 10.%s, SOG 0.%d kn' % (mmsi(r), rs(r, 5, D), rs(r, 5, D), r.randint(0, 9))

def k_fuel_receipt(r):
    return 'HARBOUR FUEL DOCK 2\nDIESEL 212.4 L\nVISA ************%s\nAUTH %s  RRN %s\nTHANK YOU' % (rs(r, 4, D), rs(r, 6, U + D), rs(r, 12, D))

def k_settlement_rows(r):
    return 'date,card,auth_code,amount\n' + '\n'.join('2026-07-0%d,****%s,%s,%d.%02d' % (i + 1, rs(r, 4, D), rs(r, 6, U + D), r.randint(20, 400), r.randint(0, 99)) for i in range(3))

def k_camp_confirmation(r):
    return 'Your site A%02d is booked. Confirmation code: %s-%s. Check-in from 14:00.' % (r.randint(1, 80), rs(r, 4, U), rs(r, 6, U + D))

def k_hut_booking_json(r):
    return '{"booking_ref":"HUT-%s","hut":"Refuge du Col","beds":%d,"status":"confirmed"}' % (rs(r, 10, U + D), r.randint(1, 6))

def k_mapbox_public(r):
    return 'mapboxgl.accessToken = "pk.%s.%s"; // public, URL-restricted' % (b64url_json({'u': 'resortmaps', 'a': rs(r, 25, 'abcdefghijklmnopqrstuvwxyz0123456789')}), rs(r, 22))

def k_stripe_publishable(r):
    return '<script>const stripe = Stripe("pk_live_%s"); // publishable key, safe in the browser</script>' % rs(r, 99)

def k_masked_settings(r):
    return 'Integration        Key\nDockwa             %s****************\nCampspot           ****************%s\nWeatherLink        [REDACTED]' % (rs(r, 4), rs(r, 4))

def k_scrubbed_header(r):
    return 'GET /v2/lifts/status 200 %dms auth="Bearer ***" x-api-key=<redacted> req=%s' % (r.randint(5, 90), rhex(r, 16))

def k_env_example(r):
    return '# .env.example — copy to .env and fill in\nSEASON_PASS_API_KEY=\nGROOMER_TOKEN=<your-groomer-token>\nDOCK_PORTAL_SECRET=changeme-%s\n' % r.choice(['please', 'now', 'before-deploy'])

def k_docs_curl(r):
    return 'curl -H "Authorization: Bearer YOUR_RESNEXUS_KEY" https://api.example.com/v1/properties/%d/rates' % r.randint(100, 999)

def k_op_refs(r):
    return 'SLIP_DB_PASSWORD=op://Marina/slipdb-%s/password\nWEATHERLINK_SECRET=op://Ops/weatherlink/credential' % rs(r, 4, 'abcdefghijklmnopqrstuvwxyz')

def k_vault_lookup(r):
    return "groomer_token: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/groomers/%s:token') }}\"" % rs(r, 6, 'abcdefghijklmnopqrstuvwxyz')

def k_ansible_vault(r):
    body = rhex(r, 640)
    return '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(body[i:i + 80] for i in range(0, 640, 80))

def k_sops_enc(r):
    return 'dock_portal_secret: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (rb64(r, 30), rb64(r, 32), rb64(r, 16))

def k_policy_text(r):
    return 'Reminder: lift-gate reader passwords are rotated every %d days. Use the password manager, never paste them into chat, and ask the IT desk if you are locked out.' % r.choice([30, 60, 90])

def k_reset_chat(r):
    return '[%02d:%02d] rental-desk: locked out of the POS again\n[%02d:%02d] it-help: reset done, check your e-mail for the link; the temporary one expires in 15 min' % (r.randint(7, 9), r.randint(0, 59), r.randint(7, 9), r.randint(0, 59))

def k_fw_sums(r):
    s = rs(r, 20)
    return '%s  groomer-ecu-%d.%d.bin\n%s  snowgun-ctl-2026.02.img' % (hashlib.sha1(s.encode()).hexdigest(), r.randint(1, 9), r.randint(0, 20), hashlib.blake2b(s[::-1].encode(), digest_size=32).hexdigest())

def k_gpx_digests(r):
    return 'trail-maps release: sha3-256(trails_2026.gpx) = %s' % hashlib.sha3_256(rs(r, 16).encode()).hexdigest()

def k_wx_obs(r):
    return 'obs_id,station,hs_cm,danger\n' + '\n'.join('%s,COL-DU-VENT,%d,%d' % (ruuid(r), r.randint(40, 300), r.randint(1, 5)) for _ in range(3))

def k_avalanche_bulletin_meta(r):
    return '{"bulletinID":"%s","region":"AT-07-14","publicationTime":"2026-02-12T16:00:00Z"}' % ruuid(r)

def k_image_digest(r):
    return 'image: registry.resort.internal/lift-sync@sha256:%s' % hashlib.sha256(rs(r, 30).encode()).hexdigest()

def k_git_log(r):
    return '\n'.join('%s %s' % (hashlib.sha1(rs(r, 12).encode()).hexdigest(), m) for m in ['fix gate timeout', 'add tide feed', 'bump groomer ecu map'])

def k_htpasswd_bcrypt(r):
    B = './' + string.ascii_uppercase + string.ascii_lowercase + string.digits
    return 'groomerdash:$2y$10$%s\nslipview:$2y$10$%s' % (rs(r, 53, B), rs(r, 53, B))

def k_argon_hash_row(r):
    return "UPDATE staff SET pw_hash='$argon2id$v=19$m=65536,t=3,p=4$%s$%s' WHERE login='patrol12';" % (rb64(r, 16, pad=False), rb64(r, 32, pad=False))

def k_webhook_ids(r):
    return 'delivery %s event=booking.created idempotency_key=%s status=200' % (ruuid(r), ruuid(r))

def k_trace_headers(r):
    return 'traceparent: 00-%s-%s-01\nx-request-id: %s' % (rhex(r, 32), rhex(r, 16), rhex(r, 24))

def k_nonce_csp(r):
    return '<script nonce="%s" src="/static/booking.js"></script>' % rb64(r, 18)

def k_oauth_state(r):
    return 'GET /oauth/callback?code_challenge=%s&state=%s&code_challenge_method=S256' % (rb64(r, 32, url=True, pad=False), rs(r, 16))

CLASSES = [
    ('lift_access_chip_uids', k_lift_scan_log, k_chip_inventory),
    ('season_card_barcode_numbers', k_pass_roster, k_pass_print_job),
    ('snowmaking_sensor_payload_hex', k_lora_uplink, k_gun_modbus_dump),
    ('vessel_hull_and_mmsi_identifiers', k_slip_register, k_ais_log),
    ('fuel_dock_card_receipt_references', k_fuel_receipt, k_settlement_rows),
    ('campsite_and_hut_booking_references', k_camp_confirmation, k_hut_booking_json),
    ('browser_side_map_and_checkout_keys', k_mapbox_public, k_stripe_publishable),
    ('starred_out_integration_values', k_masked_settings, k_scrubbed_header),
    ('blank_sample_config_values', k_env_example, k_docs_curl),
    ('password_manager_and_vault_pointers', k_op_refs, k_vault_lookup),
    ('ansible_vault_and_sops_ciphertexts', k_ansible_vault, k_sops_enc),
    ('staff_login_talk_without_value', k_policy_text, k_reset_chat),
    ('firmware_and_trail_map_checksums', k_fw_sums, k_gpx_digests),
    ('snowpack_observation_record_ids', k_wx_obs, k_avalanche_bulletin_meta),
    ('stored_login_hashes_bcrypt_argon2', k_htpasswd_bcrypt, k_argon_hash_row),
    ('request_nonce_state_and_trace_ids', k_nonce_csp, k_oauth_state),
]

WRAPS = [
    ('', '{T}'),
    ('__in_lift_ops_slack_thread', 'lift-ops thread — Ana: is this the right one?\n```\n{T}\n```\nTomas: yes, nothing secret in there.'),
    ('__in_marina_pull_request_diff', '@@ -12,4 +12,6 @@\n+{T}'),
    ('__in_booking_support_ticket', 'Ticket #{N} (booking desk)\nCustomer pasted:\n{T}\nResolution: explained the fields, closed.'),
    ('__in_resort_it_confluence_page', 'h2. Reference output\n{noformat}\n{T}\n{noformat}'),
    ('__in_vendor_integration_email', 'Hi team,\nbelow is the sample from our side:\n\n{T}\n\nBest, integrations'),
]


def build(seed=13906):
    rng = random.Random(seed)
    out = []
    for cls, k1, k2 in CLASSES:
        for kfun in (k1, k2):
            base = kfun.__name__[2:]
            for suf, w in WRAPS:
                t = kfun(rng)
                text = w.replace('{N}', str(rng.randint(10000, 99999))).replace('{T}', t)
                out.append((cls, base + suf, text))
    return out
