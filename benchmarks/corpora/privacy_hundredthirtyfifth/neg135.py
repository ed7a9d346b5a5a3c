"""Hard negatives from the parking / toll world: look like secrets, are not."""
import base64, hashlib, json, zlib

from common135 import AN, DIG, LOW, UP


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def plate(G):
    return G.s(DIG, 1) + G.s(UP, 3) + G.s(DIG, 3)


def b64u_json(d):
    return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


C = {
    "licence_plate_reads": [
        ("alpr_read_event_json", lambda G: '{"plate":"%s","region":"us-ca","confidence":0.%s,"camera":"lane-%s","ts":"2026-03-04T07:%s:11Z"}' % (plate(G), G.s(DIG, 3), G.s(DIG, 2), G.s("012345", 1) + G.s(DIG, 1))),
        ("plate_hotlist_csv", lambda G: "plate,state,reason\n%s,TX,stolen\n%s,OK,scofflaw\n%s,NM,amber" % (plate(G), plate(G), plate(G))),
    ],
    "toll_transponder_tag_ids": [
        ("tag_status_file_rows", lambda G: "agency,tag_serial,status\n005,%s,V\n005,%s,I\n012,%s,Z" % (G.s(DIG, 10), G.s(DIG, 10), G.s(DIG, 10))),
        ("transponder_epc_tid_scan", lambda G: "read 1: EPC %s TID E280%s RSSI -5%s\nread 2: EPC %s TID E280%s RSSI -6%s" % (G.s("0123456789ABCDEF", 24), G.s("0123456789ABCDEF", 20), G.s(DIG, 1), G.s("0123456789ABCDEF", 24), G.s("0123456789ABCDEF", 20), G.s(DIG, 1))),
    ],
    "parking_session_and_zone_codes": [
        ("mobile_pay_session_receipt", lambda G: "Zone %s - Session %s - 2h 15m - $6.75 - ref %s" % (G.s(DIG, 5), G.s(DIG, 12), G.s(UP + DIG, 10))),
        ("zone_rate_table_json", lambda G: '{"zone":"%s","rate_plan":"RP-%s","segment":"%s","max_minutes":120}' % (G.s(DIG, 4), G.s(UP + DIG, 8), G.s(LOW + DIG, 16))),
    ],
    "citation_numbers_with_check_digits": [
        ("citation_batch_export_csv", lambda G: "citation_no,issued,officer\n" + "\n".join((lambda b: b + luhn_digit(b))(G.s(DIG, 9)) + ",2026-03-0%s,%s" % (G.s("123456789", 1), G.s(DIG, 4)) for _ in range(3))),
        ("violation_notice_header", lambda G: "NOTICE OF VIOLATION  No. %s  Plate %s  Amount due $55.00" % ((lambda b: b + luhn_digit(b))(G.s(DIG, 11)), plate(G))),
    ],
    "pay_station_terminal_serials": [
        ("meter_asset_register_rows", lambda G: "asset,serial,fw\nPS-%s,SN%s,4.2.%s\nPS-%s,SN%s,4.2.%s" % (G.s(DIG, 4), G.s(UP + DIG, 12), G.s(DIG, 1), G.s(DIG, 4), G.s(UP + DIG, 12), G.s(DIG, 1))),
        ("modem_iccid_imei_list", lambda G: "ICCID %s  IMEI %s" % ((lambda b: b + luhn_digit(b))("8901" + G.s(DIG, 14)), (lambda b: b + luhn_digit(b))("35" + G.s(DIG, 12)))),
    ],
    "masked_card_and_auth_references": [
        ("settlement_report_rows", lambda G: "pan,auth,rrn,amount\n411111******%s,%s,%s,12.50\n545454******%s,%s,%s,4.00" % (G.s(DIG, 4), G.s(UP + DIG, 6), G.s(DIG, 12), G.s(DIG, 4), G.s(UP + DIG, 6), G.s(DIG, 12))),
        ("lane_receipt_footer_text", lambda G: "VISA ************%s  AUTH %s  TXN %s  APPROVED" % (G.s(DIG, 4), G.s(UP + DIG, 6), G.s(UP + DIG, 16))),
    ],
    "publishable_client_keys_parker_apps": [
        ("payment_sheet_publishable_key_js", lambda G: "const stripe = Stripe('pk_live_%s'); // publishable, safe in the browser" % G.s(AN, 99)),
        ("maps_sdk_browser_key_html", lambda G: '<script src="https://maps.googleapis.com/maps/api/js?key=AIza%s&libraries=places"></script> <!-- referrer-restricted browser key -->' % G.s(AN + "-_", 35)),
    ],
    "redacted_lane_credentials": [
        ("lane_config_dump_masked", lambda G: "lane %s config:\n  LPR_CAM_PASS=********\n  TOLL_HOST_API_KEY=****%s\n  GATE_ADMIN_PW=<redacted>" % (G.s(DIG, 2), G.s(LOW + DIG, 4))),
        ("api_log_scrubbed_headers", lambda G: "POST /v2/sessions 201 req=%s\n  Authorization: Bearer [REDACTED]\n  X-Api-Key: [FILTERED]" % G.s(LOW + DIG, 8)),
    ],
    "unset_template_placeholders": [
        ("lot_env_example_file", lambda G: "# .env.example (lot %s)\nTOLL_HOST_API_KEY=<your-toll-host-key>\nGATE_ADMIN_PW=CHANGE_ME\nPERMIT_JWT_SECRET=" % G.s(DIG, 3)),
        ("vendor_quickstart_curl", lambda G: "curl -H 'Authorization: Token {{PLATE_API_TOKEN}}' https://api.example.com/v1/plate-reader/ -F upload=@car%s.jpg" % G.s(DIG, 3)),
    ],
    "vault_and_secret_manager_paths": [
        ("vault_kv_path_reference", lambda G: "vault kv get -field=password secret/lots/gate%s/admin   # version %s" % (G.s(DIG, 2), G.s(DIG, 1))),
        ("cloud_secret_resource_names", lambda G: "db_pw_ref: projects/lot-ops-%s/secrets/lpr-db-password/versions/%s\napi_ref: arn:aws:secretsmanager:us-east-1:%s:secret:toll/bo-db-%s" % (G.s(DIG, 4), G.s(DIG, 1), G.s(DIG, 12), G.s(AN, 6))),
    ],
    "pgp_and_jwe_ciphertexts": [
        ("pgp_armored_message_block", lambda G: "-----BEGIN PGP MESSAGE-----\n\nhQGMA%s\n%s\n=%s\n-----END PGP MESSAGE-----" % (G.b64(45)[:59], G.b64(48), G.b64(3))),
        ("jwe_compact_token_log", lambda G: "enc_claims=%s.%s.%s.%s.%s" % (b64u_json({"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": "lot-" + G.s(DIG, 3)}), G.b64u(256), G.b64u(12), G.b64u(60), G.b64u(16))),
    ],
    "gate_password_talk_without_value": [
        ("password_rotation_notice", lambda G: "Notice %s: all exit-gate controller passwords will be rotated on Friday. New values are in the ops vault; never paste them in chat." % G.s(DIG, 4)),
        ("helpdesk_reset_chat", lambda G: "Ticket %s: attendant forgot the pay-station admin password again, I reset it and sent the new one through the vault share link." % G.s(DIG, 5)),
    ],
    "lane_firmware_digests": [
        ("firmware_manifest_sha512", lambda G: "lanectl-%s.bin sha512=%s" % (G.s(DIG, 3), hashlib.sha512(G.s(AN, 20).encode()).hexdigest())),
        ("ota_bundle_md5_and_crc", lambda G: (lambda d: "bundle meter-%s.tar md5=%s crc32=%08x" % (G.s(DIG, 3), hashlib.md5(d).hexdigest(), zlib.crc32(d)))(G.s(AN, 24).encode())),
    ],
    "permit_and_hang_tag_numbers": [
        ("residential_permit_roster_csv", lambda G: "permit_no,zone,expires\nRPP-%s-%s,%s,2026-12-31\nRPP-%s-%s,%s,2027-06-30" % (G.s(UP, 2), G.s(DIG, 6), G.s(DIG, 2), G.s(UP, 2), G.s(DIG, 6), G.s(DIG, 2))),
        ("hang_tag_print_batch", lambda G: "print batch %s: tags HT%s through HT%s, hologram lot %s" % (G.s(DIG, 3), G.s(DIG, 7), G.s(DIG, 7), G.s(UP + DIG, 8))),
    ],
    "webhook_event_and_trace_ids": [
        ("reservation_webhook_delivery_log", lambda G: "delivered evt_%s (reservation.created) attempt 1, Idempotency-Key: %s" % (G.s(AN, 24), G.uuid4())),
        ("api_request_trace_headers", lambda G: "traceparent: 00-%s-%s-01\nX-Request-Id: %s" % (G.s("0123456789abcdef", 32), G.s("0123456789abcdef", 16), G.uuid4())),
    ],
    "curb_segment_and_geohash_ids": [
        ("curb_zone_geojson_props", lambda G: '"properties": {"curb_zone_id": "%s", "geohash": "%s", "max_stay": 30}' % (G.uuid4(), G.s("0123456789bcdefghjkmnpqrstuvwxyz", 9))),
        ("osm_parking_way_list", lambda G: "way/%s amenity=parking capacity=%s\nway/%s amenity=parking parking=multi-storey" % (G.s(DIG, 9), G.s(DIG, 3), G.s(DIG, 9))),
    ],
}

WRAPS = [
    ("", lambda t, G: t),
    ("__in_garage_ops_teams_thread", lambda t, G: "Teams #garage-ops\nPriya: is this fine to paste?\n" + t + "\nMarco: yes, nothing secret there"),
    ("__in_toll_backoffice_merge_request", lambda t, G: "MR !%s review comment on fixtures/sample.txt:\n> %s\nLooks good." % (G.s(DIG, 3), t.replace("\n", "\n> "))),
    ("__in_parking_helpdesk_ticket", lambda t, G: "Helpdesk PH-%s, attachment excerpt:\n%s" % (G.s(DIG, 5), t)),
    ("__in_lane_maintenance_wiki", lambda t, G: "== Lane maintenance reference ==\n<pre>\n%s\n</pre>" % t),
    ("__in_operator_vendor_email", lambda t, G: "Hello,\n\nas requested, the excerpt is below.\n\n%s\n\nBest,\nLot operations" % t),
]


def build(G, next_id):
    out = []
    for cls, bases in C.items():
        for base, fn in bases:
            for suf, w in WRAPS:
                out.append({"id": next_id(), "class": cls, "container": base + suf, "text": w(fn(G), G), "source": "negative"})
    return out
