"""Hard negatives from the laundry / dry-cleaning / linen world."""
import hashlib, random
from gen152 import rs, hexs, b64, uuid4, gs1_check, ALNUM, LOWER, UPPER, DIG, HEX


def _sgtin96(r):
    # header 0x30, filter 1, partition 5 (24-bit company prefix, 20 bits item ref), 38-bit serial
    v = (0x30 << 88) | (1 << 85) | (5 << 82) | (r.randrange(1 << 24) << 58) | (r.randrange(1 << 20) << 38) | r.randrange(1 << 38)
    return '%024X' % v


def _gtin(r):
    body = '0' + ''.join(r.choice(DIG) for _ in range(12))
    return body + gs1_check(body)


def _sha256(r):
    return hashlib.sha256(rs(r, 20).encode()).hexdigest()


def _sha1(r):
    return hashlib.sha1(rs(r, 20).encode()).hexdigest()


def _mac(r):
    return ':'.join('%02X' % r.randrange(256) for _ in range(6))


def _scrypt(r):
    return '$scrypt$ln=16,r=8,p=1$' + b64(r, 16, pad=False) + '$' + b64(r, 32, pad=False)


def _pbkdf2(r):
    return 'pbkdf2_sha256$600000$' + rs(r, 22) + '$' + b64(r, 32)


def _pgp(r):
    body = b64(r, 190)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return '-----BEGIN PGP MESSAGE-----\n\n' + '\n'.join(lines) + '\n=' + rs(r, 4) + '\n-----END PGP MESSAGE-----'


def _jwe(r):
    return 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.' + b64(r, 256, url=True, pad=False) + '.' + b64(r, 12, url=True, pad=False) + '.' + b64(r, 48, url=True, pad=False) + '.' + b64(r, 16, url=True, pad=False)


BASE = {
    'garment_barcode_ticket_numbers': [
        ('counter_ticket_receipt', lambda r: 'CLEAN & PRESS - Store 12\nTicket DC-%06d  Rack %s-%03d\n3 shirts, 1 suit (2pc)\nBarcode: %s\nReady: Thu after 4pm' % (r.randrange(10**6), r.choice(UPPER), r.randrange(1000), rs(r, 12, DIG))),
        ('garment_tag_print_log', lambda r: '\n'.join('[tagger-01] printed heat-seal tag %s for ticket %07d' % (rs(r, 10, UPPER + DIG), r.randrange(10**7)) for _ in range(3))),
    ],
    'linen_rfid_epc_tag_ids': [
        ('rfid_tunnel_read_csv', lambda r: 'epc,antenna,rssi,ts\n' + '\n'.join('%s,%d,-%d,2025-10-0%dT0%d:1%d:0%dZ' % (_sgtin96(r), r.randrange(1, 9), r.randrange(40, 70), r.randrange(1, 9), r.randrange(9), r.randrange(9), r.randrange(9)) for _ in range(3))),
        ('hospital_cart_epc_json', lambda r: '{"cart": "ICU-4", "items": [%s]}' % ', '.join('"%s"' % _sgtin96(r) for _ in range(3))),
    ],
    'washer_serials_and_controller_macs': [
        ('machine_inventory_rows', lambda r: 'machine,model,serial,mac\n' + '\n'.join('W%02d,SC40X,%s,%s' % (i, rs(r, 2, UPPER) + rs(r, 8, DIG), _mac(r)) for i in range(1, 4))),
        ('controller_boot_banner', lambda r: 'ALC controller v4.2.1\nserial=%s\nmac=%s\nmodule=%s\nboot ok' % (rs(r, 3, UPPER) + rs(r, 9, DIG), _mac(r), rs(r, 16, HEX.upper()[:16]))),
    ],
    'route_stop_and_manifest_ids': [
        ('route_manifest_header', lambda r: 'Manifest %s  Route N-%02d  Van %d\nStops: %s' % (rs(r, 4, UPPER) + '-' + rs(r, 8, DIG), r.randrange(100), r.randrange(1, 20), ', '.join('S%05d' % r.randrange(10**5) for _ in range(5)))),
        ('stop_event_webhook_body', lambda r: '{"event":"stop.completed","stop_id":"%s","route_id":"%s","driver_id":%d}' % (hexs(r, 24), hexs(r, 24), r.randrange(10**5))),
    ],
    'locker_bank_and_compartment_ids': [
        ('locker_inventory_yaml', lambda r: 'bank: LB-%04d\nsite: lobby-east\ncompartments:\n' + '\n'.join('  - id: %s\n    size: %s' % (uuid4(r), r.choice(['S', 'M', 'L'])) for _ in range(2))),
        ('locker_door_event_line', lambda r: 'door_event bank=%s door=%02d state=closed corr=%s' % (rs(r, 12, HEX), r.randrange(1, 40), uuid4(r))),
    ],
    'card_reader_terminal_and_merchant_ids': [
        ('reader_provisioning_sheet', lambda r: 'Laundromat: Suds Corner\nMerchant ID (MID): %s\nTerminal ID (TID): %s\nReader serial: %s' % (rs(r, 15, DIG), rs(r, 8, DIG), rs(r, 3, UPPER) + rs(r, 10, DIG))),
        ('settlement_batch_line', lambda r: 'BATCH %s MID=%s TID=%s COUNT=%d TOTAL=%d.%02d' % (rs(r, 6, DIG), rs(r, 12, DIG), rs(r, 8, UPPER + DIG), r.randrange(10, 300), r.randrange(100, 2000), r.randrange(100))),
    ],
    'masked_values_in_pos_exports': [
        ('pos_settings_export_stars', lambda r: '[Integrations]\nPickupApiKey=****************\nReaderSecret=********%s\nDbPassword=<hidden>' % rs(r, 4, HEX)),
        ('route_app_debug_redacted', lambda r: 'DEBUG auth header: Bearer [REDACTED]\nDEBUG client_secret=%s...(truncated, masked)' % rs(r, 3)),
    ],
    'conveyor_firmware_digests': [
        ('firmware_sha256sums', lambda r: '\n'.join('%s  conveyor-fw-%d.%d.%d.bin' % (_sha256(r), r.randrange(5), r.randrange(10), r.randrange(20)) for _ in range(2))),
        ('firmware_release_note_sha1', lambda r: 'Sorter firmware 3.%d released. Git commit %s. Image SHA-1 %s.' % (r.randrange(20), _sha1(r), _sha1(r))),
    ],
    'publishable_keys_in_pickup_app': [
        ('pickup_checkout_publishable_key', lambda r: "const stripe = Stripe('pk_live_%s');  // publishable, safe in browser" % rs(r, 99)),
        ('pickup_map_browser_key_restricted', lambda r: '<script src="https://maps.example.com/js?key=pub-%s&referrer=pickup.example.com"></script>' % rs(r, 32)),
    ],
    'placeholder_slots_in_route_configs': [
        ('route_env_sample', lambda r: '# .env.sample -- copy to .env\nROUTE_API_KEY=\nLOCKER_TOKEN=your-locker-token-here\nREADER_SECRET=<paste reader secret>\nDB_PASSWORD=${DB_PASSWORD}'),
        ('helm_values_template', lambda r: 'secretEnv:\n  PICKUP_API_KEY: "{{ .Values.pickup.apiKey }}"\n  READER_HMAC: "%s"' % r.choice(['REPLACE_ME', 'CHANGEME', 'TBD'])),
    ],
    'secret_manager_path_references': [
        ('aws_parameter_store_refs', lambda r: 'PICKUP_API_KEY: ssm:/laundry/prod/pickup/api_key\nREADER_HMAC: arn:aws:secretsmanager:us-east-1:%s:secret:reader-hmac-%s' % (rs(r, 12, DIG), rs(r, 6))),
        ('vault_kv_path_template', lambda r: '{{ with secret "kv/data/plant%d/locker" }}{{ .Data.data.token }}{{ end }}' % r.randrange(1, 9)),
    ],
    'pgp_and_jwe_encrypted_blobs': [
        ('pgp_encrypted_handover_file', lambda r: 'handover.txt.asc (encrypted to ops team key):\n' + _pgp(r)),
        ('jwe_compact_in_config', lambda r: 'reader_secret_encrypted: "%s"' % _jwe(r)),
    ],
    'scrypt_and_pbkdf2_staff_hashes': [
        ('staff_users_scrypt_row', lambda r: 'id,username,password_hash\n%d,clerk%02d,%s' % (r.randrange(1000), r.randrange(100), _scrypt(r))),
        ('django_auth_user_pbkdf2_dump', lambda r: "INSERT INTO auth_user (username, password) VALUES ('driver%02d', '%s');" % (r.randrange(100), _pbkdf2(r))),
    ],
    'laundromat_talk_about_passwords_without_one': [
        ('owner_notice_to_staff', lambda r: 'Reminder from Kim: the counter PC password changes every %d days. Never write it on the receipt printer or the mop closet door. Ask me in person if you forgot it.' % r.choice([30, 60, 90])),
        ('driver_chat_reset_request', lambda r: 'Marco: my tablet says the password expired\nDana: use the reset link in the driver app, I will not send passwords over chat\nMarco: ok done, new one works'),
    ],
    'sdk_readme_example_credentials': [
        ('locker_sdk_readme_snippet', lambda r: '```python\nclient = LockerClient(api_key="EXAMPLE_KEY_1234567890abcdef")  # replace with yours\n```'),
        ('route_api_docs_curl', lambda r: 'curl https://api.route.example.com/v1/stops \\\n  -H "Authorization: Bearer <YOUR_ROUTE_TOKEN>"'),
    ],
    'request_ids_etags_and_trace_ids': [
        ('pickup_api_response_headers', lambda r: 'HTTP/1.1 200 OK\nX-Request-Id: %s\nETag: "%s"\ntraceparent: 00-%s-%s-01' % (uuid4(r), hexs(r, 32), hexs(r, 32), hexs(r, 16))),
        ('locker_idempotency_log', lambda r: 'POST /v1/lockers/reserve Idempotency-Key=%s status=201 span_id=%s' % (uuid4(r), hexs(r, 16))),
    ],
}
WRAPPERS = [
    ('', lambda t: t),
    ('__in_plant_ops_mattermost_thread', lambda t: 'Mattermost #plant-ops\nlee: is this safe to paste?\n' + t + '\npat: yes, nothing secret in there'),
    ('__in_counter_app_gitea_pull_request', lambda t: 'Gitea PR #%s review comment:\n```\n' + t + '\n```\nLooks fine to commit.'),
    ('__in_route_helpscout_conversation', lambda t: 'Help Scout conversation - customer support:\n' + t + '\n-- sent from the support inbox'),
    ('__in_linen_confluence_runbook', lambda t: 'Runbook: Linen plant integrations\n\n' + t + '\n\nLast edited by ops.'),
    ('__in_laundromat_owner_email', lambda t: 'Subject: FYI for the reader install\n\nHi team,\n\n' + t + '\n\nThanks,\nKim'),
]


def build(seed):
    rng = random.Random(seed)
    recs = []
    for cls, kinds in BASE.items():
        for kind, gen in kinds:
            for wname, wrap in WRAPPERS:
                text = wrap(gen(rng))
                if '%s' in text:
                    text = text.replace('%s', str(rng.randrange(100, 999)), 1)
                recs.append({'class': cls, 'container': kind + wname, 'text': text, 'source': 'negative'})
    return recs
