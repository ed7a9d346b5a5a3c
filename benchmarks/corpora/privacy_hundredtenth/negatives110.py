"""Hard negatives from airline / airport work: 16 classes x 2 base kinds x 6 presentations."""
import random, string, hashlib, base64
from common110 import *
D = string.digits
UP = string.ascii_uppercase
AIRPORTS = ["FRA", "LHR", "CDG", "AMS", "MAD", "DXB", "SIN", "HND", "JFK", "ORD", "SYD", "GRU", "NBO", "YYZ", "IST", "DOH"]
CARRIERS = ["LH", "BA", "AF", "KL", "IB", "EK", "SQ", "NH", "AA", "UA", "QF", "LA", "KQ", "AC", "TK", "QR"]


def ticket_number(r):
    base = rs(r, "0123456789", 3) + rs(r, D, 10)
    return base  # 13-digit e-ticket number (airline code + serial)


def locator(r):
    return rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def icao24(r):
    return format(r.randint(0x300000, 0x4FFFFF), "06X")


def df17(r):
    me = format(r.getrandbits(56), "014X")
    head = "8D" + icao24(r) + me
    return head + format(crc24_modes(head), "06X")


def bagtag(r):
    return "0" + rs(r, D, 3) + rs(r, D, 6)


def gtin13(r):
    b = rs(r, D, 12)
    return b + mod10_gs1(b)


K = {
 "pnr_locators_and_eticket_numbers": [
   ("ndc_order_retrieve_response_json", lambda r: '{"Order":{"OrderID":"%s%s","BookingRef":{"BookingID":"%s","BookingEntity":"%s"},"TicketDocInfo":{"TicketDocNbr":"%s"}}}' % (r.choice(CARRIERS), rs(r, D, 12), locator(r), r.choice(CARRIERS), ticket_number(r))),
   ("gds_pnr_display_screen_text", lambda r: "RP/%s%s/%s  AA/SU  19NOV24/0812Z   %s\n  1.DOE/JANE MS\n  2  %s %s Y 21NOV 4 %s%s HK1  0715 0930\n  3 FA PAX %s-%s/ETLH/EUR412.30/19NOV24\n" % (r.choice(AIRPORTS), rs(r, UP, 2) + rs(r, D, 4), rs(r, D, 8), locator(r), r.choice(CARRIERS), rs(r, D, 3), r.choice(AIRPORTS), r.choice(AIRPORTS), rs(r, D, 3), rs(r, D, 10))),
 ],
 "aircraft_registrations_and_icao24_addresses": [
   ("fleet_master_csv_export", lambda r: "tail,icao24,type,msn\n" + "\n".join("D-A%s,%s,A20N,%s" % (rs(r, UP, 3), icao24(r), rs(r, D, 5)) for _ in range(3)) + "\n"),
   ("basestation_sbs_message_lines", lambda r: "\n".join("MSG,3,1,1,%s,1,2024/11/19,07:12:%02d.%03d,2024/11/19,07:12:%02d.%03d,,%d,,,%.5f,%.5f,,,0,,0,0" % (icao24(r), s, r.randint(0, 999), s, r.randint(0, 999), r.randint(3000, 39000), 50 + r.random(), 8 + r.random()) for s in range(3)) + "\n"),
 ],
 "acars_labels_and_flight_identifiers": [
   ("acarsdec_json_output_line", lambda r: '{"timestamp":1732000000.%d,"channel":1,"freq":131.725,"mode":"2","label":"H1","block_id":"%s","ack":"!","tail":".D-A%s","flight":"%s%s","msgno":"M%s%s","text":"#DFB/PER/%s"}\n' % (r.randint(0, 999), rs(r, D, 1), rs(r, UP, 3), r.choice(CARRIERS), rs(r, D, 4), rs(r, D, 2), rs(r, UP, 1), rs(r, UP + D, 24))),
   ("oooi_event_table_rows", lambda r: "flight|leg|out|off|on|in|acars_msn\n" + "\n".join("%s%s|%s-%s|0712|0724|0911|0918|%s" % (r.choice(CARRIERS), rs(r, D, 4), r.choice(AIRPORTS), r.choice(AIRPORTS), rs(r, UP + D, 8)) for _ in range(3)) + "\n"),
 ],
 "adsb_mode_s_raw_frames": [
   ("dump1090_raw_frame_stream", lambda r: "\n".join("*%s;" % df17(r) for _ in range(4)) + "\n"),
   ("beast_decoder_debug_dump", lambda r: "\n".join("DF17 CA5 AA=%s frame=%s crc=ok" % (icao24(r), df17(r)) for _ in range(3)) + "\n"),
 ],
 "type_b_addresses_and_message_ids": [
   ("sita_type_b_mvt_message", lambda r: "QU %s%s %s%s\n.%s%s %s\nMVT\n%s%s/19.D-A%s.%s\nAD0712/0724 EA0911 %s\n" % (r.choice(AIRPORTS), "KK" + rs(r, UP, 2), r.choice(AIRPORTS), "OO" + rs(r, UP, 2), r.choice(AIRPORTS), "KK" + rs(r, UP, 2), rs(r, D, 6), r.choice(CARRIERS), rs(r, D, 4), rs(r, UP, 3), r.choice(AIRPORTS), r.choice(AIRPORTS))),
   ("typeb_gateway_audit_log", lambda r: "\n".join("2024-11-19T07:%02d:11Z msgid=%s smi=%s from=%s to=%s status=DELIVERED" % (i, rs(r, HEX.upper(), 16), r.choice(["MVT", "LDM", "CPM", "PTM", "BSM"]), r.choice(AIRPORTS) + "KK" + rs(r, UP, 2), r.choice(AIRPORTS) + "XH" + rs(r, UP, 2)) for i in range(3)) + "\n"),
 ],
 "baggage_tag_license_plates": [
   ("bsm_baggage_source_message", lambda r: "BSM\n.V/1L%s\n.F/%s%s/21NOV/%s/Y\n.N/%s001\n.P/1DOE/JANE\nENDBSM\n" % (r.choice(AIRPORTS), r.choice(CARRIERS), rs(r, D, 4), r.choice(AIRPORTS), bagtag(r))),
   ("sortation_scanner_read_log", lambda r: "\n".join("07:1%d:%02d SCN-%02d read LPN %s dest=MU%02d" % (i, r.randint(0, 59), r.randint(1, 40), bagtag(r), r.randint(1, 30)) for i in range(3)) + "\n"),
 ],
 "mro_part_and_serial_numbers": [
   ("amos_component_history_csv", lambda r: "pn,sn,description,tsn,csn\n" + "\n".join("%s-%s,%s%s,BRAKE ASSY,%d,%d" % (rs(r, D, 4), rs(r, D, 3), rs(r, UP, 2), rs(r, D, 6), r.randint(100, 40000), r.randint(100, 20000)) for _ in range(3)) + "\n"),
   ("easa_form_one_block_text", lambda r: "EASA FORM 1  Form Tracking Number: %s\n12. Item 1  Description: FUEL PUMP  Part No: %s-%s  Qty: 1  Serial No: %s\n" % (rs(r, UP + D, 10), rs(r, D, 6), rs(r, UP + D, 3), rs(r, UP + D, 9))),
 ],
 "boarding_pass_bcbp_strings": [
   ("bcbp_barcode_payload_line", lambda r: "M1DOE/JANE            E%s %s%s%s %s %s%s %s %s   %s\n" % (locator(r), r.choice(AIRPORTS), r.choice(AIRPORTS), r.choice(CARRIERS), rs(r, D, 4), rs(r, D, 3), "Y", rs(r, D, 3) + rs(r, UP, 1), rs(r, D, 4), rs(r, D, 3))),
   ("kiosk_scan_debug_json", lambda r: '{"scanner":"gate-%s","symbology":"PDF417","format":"M1","pnr":"%s","seat":"%s%s","seq":"%s"}\n' % (rs(r, D, 2), locator(r), rs(r, D, 2), rs(r, "ABCDEF", 1), rs(r, D, 4))),
 ],
 "navdata_and_chart_package_checksums": [
   ("airac_navdata_sha256_manifest", lambda r: "\n".join("%s  navdata_%s_%s.zip" % (hashlib.sha256(rs(r, ALNUM, 20).encode()).hexdigest(), 2413 + i, rs(r, LOWNUM, 4)) for i in range(3)) + "\n"),
   ("efb_chart_bundle_etag_listing", lambda r: "\n".join('%s  ETag: "%s"' % (r.choice(AIRPORTS) + "_charts.pdf", hashlib.md5(rs(r, ALNUM, 16).encode()).hexdigest()) for _ in range(3)) + "\n"),
 ],
 "public_map_and_widget_client_keys": [
   ("flight_map_mapbox_public_token_init", lambda r: "mapboxgl.accessToken = 'pk.%s.%s'; // public style token, URL-restricted\n" % (b64url(('{"u":"opsmaps","a":"%s"}' % rs(r, LOWNUM, 25)).encode()), rs(r, B64U, 22))),
   ("booking_widget_public_client_id_html", lambda r: '<div id="book" data-client-id="%s" data-market="%s"></div>  <!-- public widget id -->\n' % (uuid4(r), r.choice(AIRPORTS))),
 ],
 "masked_airline_integration_credentials": [
   ("ops_portal_masked_secret_table", lambda r: "name | value | rotated\nGDS_CLIENT_SECRET | %s%s | 2024-10-0%d\nAODB_PASSWORD | ************ | 2024-09-1%d\n" % (rs(r, ALNUM, 4), "*" * 20, r.randint(1, 9), r.randint(0, 9))),
   ("typeb_gateway_redacted_request_log", lambda r: "POST /v2/messages HTTP/1.1\nX-Api-Key: [REDACTED:%d chars]\nAuthorization: Bearer ey***%s\n" % (r.randint(32, 48), rs(r, ALNUM, 3))),
 ],
 "ndc_doc_placeholder_values": [
   ("ndc_sandbox_env_example_file", lambda r: "NDC_CLIENT_ID=<your-ndc-client-id>\nNDC_CLIENT_SECRET=<paste-secret-here>\nAODB_PASSWORD=CHANGE_ME_%s\n" % rs(r, UP, 3)),
   ("flight_api_docs_curl_template", lambda r: "curl -H \"x-apikey: ${AEROAPI_KEY}\" \\\n     \"https://api.example.com/flights/%s%s\"   # set AEROAPI_KEY first\n" % (r.choice(CARRIERS), rs(r, D, 3))),
 ],
 "crew_app_secret_store_pointers": [
   ("vault_agent_template_reference", lambda r: '{{ with secret "kv/data/crew/%s" }}{{ .Data.data.password }}{{ end }}\n' % rs(r, LOWNUM, 8)),
   ("aws_ssm_parameter_path_config", lambda r: "roster_db_password: ssm:/flightops/%s/roster-db/password\nversion: %d\n" % (r.choice(["prod", "stg", "dev"]), r.randint(1, 40))),
 ],
 "ansible_vault_and_kms_ciphertexts": [
   ("ansible_vault_encrypted_block", lambda r: "aodb_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + "\n  ".join(rs(r, D + "abcdef", 80) for _ in range(3)) + "\n"),
   ("kms_ciphertext_blob_env_value", lambda r: "AODB_PASSWORD_ENCRYPTED=AQICAHh%s\n" % base64.b64encode(bytes(r.getrandbits(8) for _ in range(90))).decode()),
 ],
 "aviation_staff_password_talk_without_value": [
   ("efb_password_rotation_policy_memo", lambda r: "EFB admin accounts: passwords rotate every %d days, minimum %d characters, no reuse of the last %d. Ask the OCC duty manager, never post them in chat.\n" % (r.choice([30, 60, 90]), r.choice([12, 14, 16]), r.choice([5, 10]))),
   ("ramp_chat_asks_for_password", lambda r: "[%02d:%02d] ramp-lead-%s: does anyone have the new BHS HMI password? mine stopped working after the night shift\n[%02d:%02d] bhs-tech: it's in the vault under BHS/HMI, request access from IT\n" % (r.randint(5, 9), r.randint(0, 59), rs(r, LOWNUM, 3), r.randint(10, 12), r.randint(0, 59))),
 ],
 "notam_and_flight_plan_identifiers": [
   ("notam_series_number_block", lambda r: "%s%s/24 NOTAMN\nQ) %s/QMRLC/IV/NBO/A/000/999/\nA) %s B) 2411190600 C) 2411191800\nE) RWY %02dL CLSD\n" % (rs(r, "ABCDE", 1), rs(r, D, 4), "E" + rs(r, UP, 3), "E" + rs(r, UP, 3), r.randint(1, 36))),
   ("icao_fpl_message_text", lambda r: "(FPL-%s%s-IS\n-A20N/M-SDE2E3FGHIJ1RWXY/LB1\n-%s0715\n-N0450F370 DCT\n-%s0125 %s\n-PBN/A1B1 REG/DA%s EET/%s0045 SEL/%s)\n" % (r.choice(["DLH", "BAW", "AFR", "KLM"]), rs(r, D, 4), "E" + rs(r, UP, 3), "E" + rs(r, UP, 3), "E" + rs(r, UP, 3), rs(r, UP, 3), "E" + rs(r, UP, 3), rs(r, "ABCDEFGHJKLMPQRS", 4))),
 ],
}

WRAP = [
 ("", lambda t: t),
 ("__in_occ_systems_chat", lambda t: "OCC systems chat, 19 Nov\n> " + t.replace("\n", "\n> ").rstrip("> ") + "\n"),
 ("__in_mro_it_ticket", lambda t: "Ticket MRO-IT-%s\nAttached output for reference (nothing secret here):\n" + t),
 ("__in_airport_dev_forum_post", lambda t: "Re: parsing question\nHere is a sample of what we get:\n```\n" + t + "```\n"),
 ("__in_efb_release_notes", lambda t: "EFB release 7.4 notes, appendix B:\n" + t),
 ("__in_ops_runbook_page", lambda t: "Runbook: feed troubleshooting\nExample of a normal record:\n" + t),
]


def build(seed=11006):
    r = random.Random(seed)
    recs = []
    for cls, kinds in K.items():
        for kind, gen in kinds:
            for wname, wrap in WRAP:
                t = gen(r)
                text = wrap(t)
                if "%s" in text:
                    text = text.replace("%s", rs(r, D, 6), 1)
                recs.append({"class": cls, "container": kind + wname, "text": text, "source": "negative"})
    return recs
