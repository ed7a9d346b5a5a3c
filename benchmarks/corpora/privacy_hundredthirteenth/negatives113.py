"""Hard negatives: 16 maritime classes x 2 base kinds x 6 presentations."""
import random, hashlib
from common113 import *

ISO_LET = {}
_v = 10
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    if _v % 11 == 0:
        _v += 1
    ISO_LET[_c] = _v
    _v += 1


def iso6346(rng):
    owner = rs(rng, string.ascii_uppercase, 3) + "U"
    serial = rs(rng, string.digits, 6)
    s = owner + serial
    tot = sum((ISO_LET[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s))
    return s + str(tot % 11 % 10)


def imo(rng):
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(5)]
    return "".join(map(str, d)) + str(sum(x * w for x, w in zip(d, range(7, 1, -1))) % 10)


def nmea(rng):
    payload = rs(rng, "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw", 28)
    body = "AIVDM,1,1,,%s,%s,0" % (rng.choice("AB"), payload)
    ck = 0
    for ch in body:
        ck ^= ord(ch)
    return "!%s*%02X" % (body, ck)


def luhn_iccid(rng):
    d = "8931" + rs(rng, string.digits, 14)
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return d + str((10 - tot % 10) % 10)


CLASSES = [
    ("imo_and_mmsi_vessel_numbers", [
        ("vessel_master_data_csv", lambda r: "imo,mmsi,name\n%s,%s,MV %s\n" % (imo(r), "244" + rs(r, string.digits, 6), rs(r, string.ascii_uppercase, 6))),
        ("ais_static_report_json", lambda r: '{"mmsi": %s, "imo": "IMO %s", "callsign": "%s"}' % ("211" + rs(r, string.digits, 6), imo(r), "D" + rs(r, string.ascii_uppercase + string.digits, 4)))]),
    ("iso6346_container_numbers", [
        ("yard_inventory_rows", lambda r: "bay row tier container\n%02d %02d %02d %s\n" % (r.randint(1, 40), r.randint(1, 12), r.randint(2, 10), iso6346(r))),
        ("gate_ocr_read_log", lambda r: "lane 4 ocr=%s conf=0.%02d seal=%s" % (iso6346(r), r.randint(80, 99), rs(r, string.digits, 7)))]),
    ("ais_nmea_sentences_with_checksums", [
        ("aiscatcher_raw_output", lambda r: nmea(r) + "\n" + nmea(r)),
        ("gpsd_aivdm_debug_lines", lambda r: "gpsd:IO: <= AIS: " + nmea(r))]),
    ("unlocode_and_berth_identifiers", [
        ("port_call_schedule_table", lambda r: "NL%s  berth %s-%d  ETA 2025-11-%02d" % (rs(r, string.ascii_uppercase, 3), rs(r, string.ascii_uppercase, 2), r.randint(1, 60), r.randint(1, 28))),
        ("berth_plan_json", lambda r: '{"unlocode": "DE%s", "berthId": "%s%04d"}' % (rs(r, string.ascii_uppercase, 3), rs(r, string.ascii_uppercase, 3), r.randint(1, 9999)))]),
    ("bill_of_lading_and_booking_numbers", [
        ("carrier_booking_confirmation", lambda r: "Booking %s%09d confirmed, B/L %s%010d" % (rs(r, string.ascii_uppercase, 4), r.randint(0, 10**9), rs(r, string.ascii_uppercase, 4), r.randint(0, 10**10))),
        ("ebl_platform_event_json", lambda r: '{"transportDocumentReference": "%s", "carrierBookingReference": "%s"}' % (rs(r, string.ascii_uppercase + string.digits, 16), rs(r, string.ascii_uppercase + string.digits, 12)))]),
    ("edifact_interchange_control_references", [
        ("baplie_unb_segment", lambda r: "UNB+UNOA:2+%s+%s+251103:0642+%d'" % (rs(r, string.ascii_uppercase, 6), rs(r, string.ascii_uppercase, 6), r.randint(10**8, 10**9))),
        ("coprar_unh_unz_pair", lambda r: "UNH+%s+COPRAR:D:00B:UN:SMDG21'\nUNZ+1+%s'" % (rs(r, string.digits, 10), rs(r, string.digits, 10)))]),
    ("seal_and_vgm_reference_numbers", [
        ("vgm_submission_csv", lambda r: "container,vgm_kg,vgm_ref\n%s,%d,VGM%s\n" % (iso6346(r), r.randint(8000, 30000), rs(r, string.digits + string.ascii_uppercase, 12))),
        ("seal_check_log", lambda r: "seal CA%s verified against manifest %s" % (rs(r, string.digits, 7), rs(r, string.digits + "ABCDEF", 10)))]),
    ("public_chart_tile_client_keys", [
        ("chart_viewer_leaflet_init", lambda r: "L.tileLayer('https://tiles.example.net/{z}/{x}/{y}.png?public_key=pk_%s').addTo(map); // public, domain-locked" % rs(r, ALNUM, 24)),
        ("vessel_map_widget_html", lambda r: '<div data-widget-client-id="%s" data-public="true"></div>' % uuid4(r))]),
    ("redacted_port_system_credentials", [
        ("tos_admin_masked_settings_row", lambda r: "TOS_DB_PASSWORD = ********   (last rotated 2025-%02d-%02d)" % (r.randint(1, 12), r.randint(1, 28))),
        ("pcs_scrubbed_request_log", lambda r: "POST /api/v2/declarations Authorization: Bearer [REDACTED] req=%s" % hexs(r, 16))]),
    ("shipping_api_doc_placeholders", [
        ("carrier_sandbox_env_example", lambda r: "CARRIER_CLIENT_SECRET=<your-client-secret>\nAIS_API_KEY=changeme\nPORT=%d" % r.randint(3000, 9000)),
        ("tracking_api_curl_template", lambda r: "curl -H 'X-API-Key: {YOUR_API_KEY}' https://api.example.com/v%d/containers/{containerNumber}" % r.randint(1, 3))]),
    ("terminal_secret_store_references", [
        ("aws_secrets_manager_arn_config", lambda r: "tos_db_secret_arn: arn:aws:secretsmanager:eu-west-1:%s:secret:tos/db-%s" % (rs(r, string.digits, 12), rs(r, ALNUM, 6))),
        ("azure_key_vault_reference_appsetting", lambda r: "AS2_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-port-%s.vault.azure.net/secrets/as2-password/)" % rs(r, LOW, 5))]),
    ("sops_encrypted_config_values", [
        ("sops_yaml_enc_field", lambda r: "pcs_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, 18), b64(r, 32), b64(r, 16))),
        ("age_armored_ciphertext_block", lambda r: "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----" % b64(r, 48))]),
    ("seafarer_password_talk_without_value", [
        ("ship_it_policy_memo", lambda r: "Reminder %d: crew Wi-Fi and ECDIS passwords are changed at every crew change; never write them in the deck log." % r.randint(1, 99)),
        ("bridge_chat_asks_where_password_lives", lambda r: "2nd officer: where do we keep the VSAT admin password now? chief eng: in the vault, ask the superintendent (ticket %d)" % r.randint(1000, 9999))]),
    ("cargo_document_digests", [
        ("ebl_document_sha256_manifest", lambda r: "%s  bl_%s.pdf" % (hashlib.sha256(rs(r, ALNUM, 20).encode()).hexdigest(), rs(r, string.digits, 8))),
        ("manifest_md5_etag_listing", lambda r: 'ETag: "%s"  manifests/%s.edi' % (hashlib.md5(rs(r, ALNUM, 20).encode()).hexdigest(), rs(r, string.digits, 6)))]),
    ("satellite_terminal_hardware_identifiers", [
        ("vsat_modem_status_page", lambda r: "ICCID %s  IMSI 901%s  MAC %s" % (luhn_iccid(r), rs(r, string.digits, 12), ":".join(hexs(r, 2) for _ in range(6)))),
        ("lband_terminal_inventory_csv", lambda r: "serial,imei\nSN%s,%s\n" % (rs(r, string.digits + string.ascii_uppercase, 10), rs(r, string.digits, 15)))]),
    ("as2_message_ids_and_mic_values", [
        ("as2_mdn_headers", lambda r: "Message-ID: <%s@as2.example.net>\nReceived-Content-MIC: %s, sha-256" % (uuid4(r), b64(r, 32))),
        ("as2_gateway_transfer_log", lambda r: "AS2 OUT id=%s mic=%s status=processed" % (hexs(r, 32), b64(r, 32)))]),
]
WRAPS = [None, "in_bridge_team_chat", "in_port_it_ticket", "in_shipping_dev_forum_post", "in_terminal_runbook_page", "in_vessel_release_notes"]
WRAP_TPL = {"in_bridge_team_chat": "[bridge chat] {t}", "in_port_it_ticket": "PIT-%d description:\n{t}",
            "in_shipping_dev_forum_post": "Posted in #shipping-dev:\n> {t}", "in_terminal_runbook_page": "## Runbook step\n{t}\n",
            "in_vessel_release_notes": "Release notes (vessel build):\n- {t}"}


def build():
    rng = random.Random(11306)
    out = []
    for cls, kinds in CLASSES:
        for kind, gen in kinds:
            for w in WRAPS:
                t = gen(rng)
                if w:
                    tpl = WRAP_TPL[w]
                    if "%d" in tpl:
                        tpl = tpl % rng.randint(100, 999)
                    t = tpl.replace("{t}", t)
                out.append({"id": "", "class": cls, "container": kind + ("__" + w if w else ""), "text": t, "source": "negative"})
    return out
