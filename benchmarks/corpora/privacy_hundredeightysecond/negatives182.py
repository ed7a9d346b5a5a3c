"""Hard negatives of the car-wash / detailing / tyre-shop world: no secret inside,
but identifiers, digests, public keys, placeholders, masked values, pointers,
ciphertext, hashes and password talk that look like one."""
import hashlib
import json
import random
import struct
import zlib

from common182 import (rstr, rbytes, b64, b64url_nopad, uuid4, HEXL, HEXU, ALNUM, B64URL, UPPER_ALNUM,
                       LOWER_ALNUM, gs1_digit, cas_number, vin, luhn_digit)

SEED = 18206
SITES = ["riverside", "northgate", "airport-rd", "millbrook", "eastfield", "harbour", "westpark", "kingsway"]
B64STD = ALNUM + "+/"
WMIS = ["WVW", "TMB", "VF1", "WF0", "1FT", "JTD", "WDB", "YV1"]
MAKES = {"WVW": "VOLKSWAGEN", "TMB": "SKODA", "VF1": "RENAULT", "WF0": "FORD", "1FT": "FORD", "JTD": "TOYOTA",
         "WDB": "MERCEDES-BENZ", "YV1": "VOLVO"}


def plate(r):
    return "%s%02d %s" % (rstr(r, "ABCDEFGHJKLMNOPRSTVWXY", 2), r.randint(10, 79), rstr(r, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3))


def ean13(r, prefix="40"):
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(12 - len(prefix)))
    return body + gs1_digit(body)


def dot_code(r):
    return "DOT %s %s %02d%02d" % (rstr(r, UPPER_ALNUM, 4), rstr(r, UPPER_ALNUM, 4), r.randint(1, 52), r.randint(19, 25))


def sha256_rand(r):
    return hashlib.sha256(rbytes(r, 64)).hexdigest()


def ssh_ed25519_pub(r):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(r, 32)
    return "ssh-ed25519 " + b64(blob)


ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


# ------------------------------------------------------------------ base kinds
def k_lpr_lane_read_log(r):
    lines = []
    for _ in range(4):
        lines.append("2026-03-%02dT%02d:%02d:%02dZ lane=%d plate=\"%s\" conf=0.%02d member=WC-%08d rfid=E280%s" % (
            r.randint(1, 28), r.randint(6, 20), r.randint(0, 59), r.randint(0, 59), r.randint(1, 3), plate(r),
            r.randint(80, 99), r.randint(0, 99999999), rstr(r, HEXU, 20)))
    return "\n".join(lines) + "\n"


def k_wash_club_member_export_csv(r):
    rows = ["member_id,plate,plan,status,card_last4,rfid_tag,member_uuid"]
    for _ in range(4):
        rows.append("WC-%08d,%s,%s,%s,%04d,E280%s,%s" % (r.randint(0, 99999999), plate(r), r.choice(["Gold", "Ceramic", "Basic"]),
                                                      r.choice(["active", "paused", "cancelled"]), r.randint(0, 9999), rstr(r, HEXU, 20), uuid4(r)))
    return "\n".join(rows) + "\n"


def k_plc_tag_export_csv(r):
    rows = ["Tag,Address,Type,Comment", "ConveyorSpeedSet,%%MW%d,INT,fpm" % r.randint(100, 199),
            "ArchTripleFoamOn,%%QX%d.%d,BOOL,arch 3" % (r.randint(0, 9), r.randint(0, 7)),
            "BlowerStage2,%%QX%d.%d,BOOL," % (r.randint(0, 9), r.randint(0, 7)),
            "ProjectGuid,,STRING,%s" % uuid4(r), "BuildHash,,STRING,%s" % rstr(r, HEXL, 40)]
    return "\n".join(rows) + "\n"


def k_tunnel_fault_history_log(r):
    codes = [("E214", "conveyor roller jam"), ("E031", "wheel blaster pressure low"), ("W118", "chemical tank 3 low"),
             ("E402", "dryer VFD fault 0x%04X" % r.randint(0, 65535))]
    out = ["tunnel-%s fault history (controller fw 4.%d.%d, build %s)" % (r.choice(SITES), r.randint(0, 9), r.randint(0, 20), rstr(r, HEXL, 40))]
    for c, d in codes:
        out.append("%02d:%02d:%02d %s %s seq=%d" % (r.randint(6, 20), r.randint(0, 59), r.randint(0, 59), c, d, r.randint(1000, 99999)))
    return "\n".join(out) + "\n"


def k_tyre_hotel_rack_label_print(r):
    return ("TYRE HOTEL – %s\nRACK %s-%02d-%d | SET %d/4\n%s | %d/%dR%d %d%s\nEAN %s\nCustomer %06d  Plate %s\nSwap booked: 2026-%02d-%02d\n" % (
        r.choice(SITES).upper(), r.choice("ABCDEF"), r.randint(1, 40), r.randint(1, 5), r.randint(1, 4), dot_code(r),
        r.choice([195, 205, 215, 225]), r.choice([45, 50, 55, 60]), r.choice([16, 17, 18]), r.randint(88, 99),
        r.choice("HVW"), ean13(r), r.randint(0, 999999), plate(r), r.randint(3, 11), r.randint(1, 28)))


def k_tyre_hotel_storage_csv(r):
    rows = ["customer_no,plate,bin,dot,ean,tread_mm"]
    for _ in range(4):
        rows.append("%06d,%s,%s-%02d-%d,%s,%s,%.1f" % (r.randint(0, 999999), plate(r), r.choice("ABCDEF"), r.randint(1, 40),
                                                     r.randint(1, 5), dot_code(r), ean13(r), r.uniform(3, 8)))
    return "\n".join(rows) + "\n"


def k_tpms_relearn_session_log(r):
    out = ["TPMS relearn – %s %d, tool fw %d.%d" % (r.choice(["Skoda Octavia", "VW Golf", "Ford Transit", "Toyota RAV4"]),
                                                    r.randint(2016, 2025), r.randint(1, 9), r.randint(0, 40))]
    for pos in ["FL", "FR", "RR", "RL"]:
        out.append("%s id=0x%s 433.92MHz %.1f bar %d°C batt=OK" % (pos, rstr(r, HEXU, 8), r.uniform(2.1, 2.8), r.randint(8, 30)))
    out.append("OBD write OK, session %s" % uuid4(r))
    return "\n".join(out) + "\n"


def k_tpms_sensor_inventory_csv(r):
    rows = ["part_no,sensor_id,freq,fw,qty"]
    for _ in range(4):
        rows.append("%s-%04d,%s,%s,%d.%d,%d" % (r.choice(["SE", "EZ", "MX"]), r.randint(0, 9999), rstr(r, HEXU, 8),
                                               r.choice(["315", "433"]), r.randint(1, 9), r.randint(0, 9), r.randint(1, 40)))
    return "\n".join(rows) + "\n"


def k_alignment_printout_text(r):
    return ("WHEEL ALIGNMENT REPORT   Job %06d   %s\nVIN %s   Plate %s   Odo %d km\n"
            "          Camber     Caster    Toe\nFront L  -0°%02d'     +%d°%02d'    +0°%02d'\nFront R  -0°%02d'     +%d°%02d'    +0°%02d'\n"
            "Thrust angle 0°%02d'   Technician #%d\n") % (
        r.randint(0, 999999), r.choice(SITES), vin(r, r.choice(WMIS)), plate(r), r.randint(5000, 250000),
        r.randint(10, 59), r.randint(3, 7), r.randint(0, 59), r.randint(0, 20), r.randint(10, 59), r.randint(3, 7),
        r.randint(0, 59), r.randint(0, 20), r.randint(0, 9), r.randint(1, 30))


def k_alignment_job_json(r):
    return json.dumps({"jobId": uuid4(r), "machine": "align-pc-%02d" % r.randint(1, 9), "vin": vin(r, r.choice(WMIS)),
                       "before": {"toeFrontTotalMin": r.randint(-30, 30), "camberFL": round(-r.randint(10, 90) / 60, 2)},
                       "after": {"toeFrontTotalMin": r.randint(-5, 5), "camberFL": round(-r.randint(10, 60) / 60, 2)},
                       "reportSha1": hashlib.sha1(rbytes(r, 32)).hexdigest()}, indent=2) + "\n"


def k_pay_station_receipt_text(r):
    pan_last = "%04d" % r.randint(0, 9999)
    return ("SPARKLE WASH %s\nPAY STATION 0%d\nTID %08d  MID %015d\nVISA CONTACTLESS\n************%s\nAID A0000000031010\n"
            "AUTH %s   RRN %012d\nULTIMATE WASH  $%d.99\nTOKENS ISSUED %d\n") % (
        r.choice(SITES).upper(), r.randint(1, 6), r.randint(0, 99999999), r.randint(0, 10 ** 15 - 1), pan_last,
        rstr(r, UPPER_ALNUM, 6), r.randint(0, 10 ** 12 - 1), r.randint(8, 25), r.randint(0, 8))


def k_token_dispenser_audit_csv(r):
    rows = ["date,dispenser_serial,hopper_serial,tokens_out,bills_in,door_opens"]
    for _ in range(4):
        rows.append("2026-03-%02d,TD-%s,HP%s,%d,%d,%d" % (r.randint(1, 28), rstr(r, UPPER_ALNUM, 10), rstr(r, HEXU, 12),
                                                       r.randint(50, 900), r.randint(10, 300), r.randint(0, 3)))
    return "\n".join(rows) + "\n"


def k_chemical_sds_header(r):
    return ("SAFETY DATA SHEET – %s Presoak %d\nSection 3 – composition\n  Sodium metasilicate   CAS %s   5-10 %%\n"
            "  Alcohol ethoxylate    CAS %s   1-5 %%\n  Tetrasodium EDTA      CAS %s   <1 %%\nUN %d   Lot %s   Rev %d\n") % (
        r.choice(["Alkaline", "Bug", "Wheel"]), r.randint(100, 999), cas_number(r), cas_number(r), cas_number(r),
        r.randint(1700, 3300), rstr(r, UPPER_ALNUM, 10), r.randint(1, 9))


def k_dosing_refill_log_csv(r):
    rows = ["timestamp,pump,chemical,lot,cas,litres"]
    for _ in range(4):
        rows.append("2026-03-%02dT%02d:%02d,P%d,%s,%s,%s,%.1f" % (r.randint(1, 28), r.randint(6, 20), r.randint(0, 59), r.randint(1, 8),
                                                              r.choice(["presoak", "triplefoam", "wax", "tirejet"]), rstr(r, UPPER_ALNUM, 10),
                                                              cas_number(r), r.uniform(5, 60)))
    return "\n".join(rows) + "\n"


def k_reclaim_mqtt_payload_json(r):
    return json.dumps({"devEui": rstr(r, HEXU, 16), "joinEui": rstr(r, HEXU, 16), "devAddr": rstr(r, HEXU, 8),
                       "fCnt": r.randint(0, 99999), "topic": "wash/%s/reclaim/tank%d" % (r.choice(SITES), r.randint(1, 3)),
                       "payloadHex": rstr(r, HEXL, 24), "turbidityNtu": round(r.uniform(1, 40), 1), "ph": round(r.uniform(6.5, 9), 2)},
                      indent=2) + "\n"


def k_reclaim_modbus_register_dump(r):
    out = ["modbus read 10.40.%d.20 unit=1 fc=3 start=40001 count=8" % r.randint(1, 9)]
    out += ["4%04d: 0x%s" % (i + 1, rstr(r, HEXU, 4)) for i in range(8)]
    out.append("crc=0x%04X" % r.randint(0, 65535))
    return "\n".join(out) + "\n"


def k_fleet_wash_invoice_lines(r):
    out = ["INVOICE FW-%d-%05d   Contract FWC-%04d   PO %s" % (2026, r.randint(0, 99999), r.randint(0, 9999), "PO%09d" % r.randint(0, 10 ** 9 - 1))]
    for _ in range(3):
        out.append("Unit %s  %s  exterior+undercarriage  $%d.00" % (r.randint(1000, 9999), plate(r), r.randint(30, 90)))
    out.append("Remit to account ending %04d" % r.randint(0, 9999))
    return "\n".join(out) + "\n"


def k_fleet_wash_schedule_csv(r):
    rows = ["depot,unit,vin,wash_type,slot"]
    for _ in range(4):
        rows.append("%s,%d,%s,%s,2026-03-%02d %02d:00" % (r.choice(SITES), r.randint(1000, 9999), vin(r, r.choice(WMIS)),
                                                         r.choice(["full", "exterior", "sanitise"]), r.randint(1, 28), r.randint(5, 22)))
    return "\n".join(rows) + "\n"


def k_vin_decode_response_json(r):
    w = r.choice(WMIS)
    v = vin(r, w)
    return json.dumps({"Count": 1, "SearchCriteria": "VIN:" + v, "Results": [
        {"VIN": v, "Make": MAKES[w], "ModelYear": str(r.randint(2012, 2025)),
         "TPMSType": "Direct", "ErrorCode": "0"}]}, indent=2) + "\n"


def k_service_history_report_text(r):
    return ("Vehicle history report %s-%s\nVIN %s\nLast odometer %d km (2026-02-%02d)\nRecords: tyre swap, alignment, TPMS sensor FL replaced (id %s)\nReport checksum %s\n") % (
        rstr(r, UPPER_ALNUM, 4), rstr(r, UPPER_ALNUM, 8), vin(r, r.choice(WMIS)), r.randint(5000, 250000), r.randint(1, 28),
        rstr(r, HEXU, 8), hashlib.md5(rbytes(r, 20)).hexdigest())


def k_booking_widget_html_embed(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_%s");\n</script>\n'
            '<div class="g-recaptcha" data-sitekey="6L%s"></div>\n'
            '<script src="https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initMap"></script>\n') % (
        rstr(r, ALNUM, 99), rstr(r, B64URL, 38), rstr(r, B64URL, 35))


def k_wash_app_firebase_web_config_js(r):
    return ("const firebaseConfig = {\n  apiKey: \"AIza%s\",\n  authDomain: \"washclub-%s.firebaseapp.com\",\n  projectId: \"washclub-%s\",\n"
            "  appId: \"1:%d:web:%s\",\n  measurementId: \"G-%s\"\n};\n") % (
        rstr(r, B64URL, 35), rstr(r, LOWER_ALNUM, 5), rstr(r, LOWER_ALNUM, 5), r.randint(10 ** 11, 10 ** 12 - 1), rstr(r, HEXL, 22),
        rstr(r, UPPER_ALNUM, 10))


def k_lpr_sdk_readme_quickstart(r):
    return ("## Quick start\n\n1. Create a key in the console.\n2. Put it in your environment:\n\n```bash\nexport LPR_API_KEY=lprk_live_%s\n```\n\n"
            "3. Call `POST /v1/reads` with `Authorization: Bearer <your-token>`.\n") % ("X" * 32)


def k_wash_env_example_file(r):
    return ("# .env.example – copy to .env and fill in\nWASH_CLUB_ADMIN_PASSWORD=\nTYRE_HOTEL_DB_PASSWORD=${TYRE_HOTEL_DB_PASSWORD:?missing}\n"
            "CLUB_BILLING_WEBHOOK_SECRET=wcbwh_REPLACE_ME\nDOSING_AES_KEY=%s\nLPR_API_KEY=<paste-key-here>\nSITE=%s\n") % ("0" * 64, r.choice(SITES))


def k_support_ticket_redacted_config(r):
    return ("Customer attached their config (redacted by the portal):\n  lpr.api_key = [REDACTED]\n  tyre_hotel.db_password = ••••••••%s\n"
            "  club.webhook_secret = ***\n  plc.wg_private_key = <hidden>\nTicket #%d, site %s\n") % (
        rstr(r, HEXL, 4), r.randint(10000, 99999), r.choice(SITES))


def k_ci_log_masked_output(r):
    return ("$ echo \"deploying with key $LPR_API_KEY\"\ndeploying with key [MASKED]\n$ ./deploy.sh --token ****\nJob %d succeeded (runner %s)\n") % (
        r.randint(100000, 999999), rstr(r, LOWER_ALNUM, 8))


def k_esphome_yaml_secret_tags(r):
    return ("esphome:\n  name: dosing-%s\nwifi:\n  ssid: !secret wifi_ssid\n  password: !secret wifi_password\napi:\n  encryption:\n    key: !secret api_encryption_key\nota:\n  - platform: esphome\n    password: !secret ota_password\n") % r.choice(SITES)


def k_deploy_manifest_vault_refs(r):
    return ("env:\n  - name: LPR_API_KEY\n    value: vault:secret/data/wash/%s/lpr#api_key\n  - name: TYRE_HOTEL_DB_PASSWORD\n"
            "    value: arn:aws:secretsmanager:eu-west-1:%012d:secret:tyrehotel/db-%s\n  - name: CLUB_WEBHOOK_SECRET\n"
            "    value: \"@Microsoft.KeyVault(SecretUri=https://kv-washclub.vault.azure.net/secrets/club-webhook/)\"\n"
            "  - name: FLEET_JWT\n    value: ${{ secrets.FLEET_PORTAL_JWT }}\n") % (r.choice(SITES), r.randint(0, 10 ** 12 - 1), rstr(r, ALNUM, 6))


def k_controller_firmware_manifest_json(r):
    data = rbytes(r, 48)
    return json.dumps({"product": "tunnel-controller", "version": "4.%d.%d" % (r.randint(0, 9), r.randint(0, 30)),
                       "file": "tc-fw.bin", "size": r.randint(400000, 900000), "sha256": hashlib.sha256(data).hexdigest(),
                       "crc32": "%08x" % (zlib.crc32(data) & 0xFFFFFFFF)}, indent=2) + "\n"


def k_sha256sums_release_file(r):
    files = ["kiosk-ui-1.9.%d.apk" % r.randint(0, 9), "lpr-gateway_3.2.%d_arm64.deb" % r.randint(0, 9), "tpms-sync-setup.exe"]
    return "".join("%s  %s\n" % (sha256_rand(r), f) for f in files)


def k_wash_staff_handbook_paragraph(r):
    return ("Section %d – Passwords and keys\nNever write the tunnel controller password on the HMI cabinet, never read a "
            "password out over the radio, and never paste API keys into the team chat. If you think a password has leaked, "
            "tell the site manager the same day so it can be changed.\n") % r.randint(4, 12)


def k_franchise_it_newsletter_tip(r):
    return ("IT tip of the month (%s): a good password for the pay-station service menu is long and unique – three or "
            "four random words beat a short word with symbols. Store it in the password manager, not on a sticky note under "
            "the bill acceptor. The tyre-hotel team rotated all their keys last month; thanks!\n") % r.choice(["March", "April", "May"])


def k_ansible_vault_encrypted_file(r):
    h = rstr(r, HEXL, 80 * 5)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(h[i:i + 80] for i in range(0, len(h), 80)) + "\n"


def k_sops_encrypted_yaml(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    return ("lpr_api_key: %s\ntyre_hotel_db_password: %s\nsops:\n    kms: []\n    lastmodified: \"2026-03-0%dT10:00:00Z\"\n"
            "    version: 3.9.%d\n") % (enc(42), enc(14), r.randint(1, 9), r.randint(0, 4))


def k_kiosk_users_argon2_dump(r):
    rows = ["id | login | password_hash"]
    for i in range(3):
        rows.append("%d | %s | $argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (
            i + 1, r.choice(["lane1", "lane2", "manager", "tech"]) + str(r.randint(1, 9)),
            b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("=")))
    return "\n".join(rows) + "\n"


def k_django_auth_user_pbkdf2_rows(r):
    rows = []
    for i in range(3):
        rows.append("INSERT INTO auth_user (id, username, password) VALUES (%d, '%s', 'pbkdf2_sha256$870000$%s$%s');" % (
            i + 1, r.choice(["detailer", "frontdesk", "owner"]) + str(r.randint(1, 9)), rstr(r, ALNUM, 22), b64(rbytes(r, 32))))
    return "\n".join(rows) + "\n"


def k_booking_api_access_log(r):
    out = []
    for _ in range(3):
        out.append('10.20.%d.%d - - [03/Mar/2026:%02d:%02d:%02d +0000] "POST /api/bookings HTTP/1.1" 201 312 request_id=%s traceparent=00-%s-%s-01' % (
            r.randint(0, 9), r.randint(2, 250), r.randint(6, 20), r.randint(0, 59), r.randint(0, 59), uuid4(r), rstr(r, HEXL, 32), rstr(r, HEXL, 16)))
    return "\n".join(out) + "\n"


def k_booking_webhook_delivery_json(r):
    return json.dumps({"delivery_id": uuid4(r), "event": "booking.confirmed", "event_id": "evt_" + rstr(r, ALNUM, 24),
                       "booking_ref": "SHN-%s" % rstr(r, UPPER_ALNUM, 6), "attempt": r.randint(1, 3),
                       "signature_header": "t=%d,v1=%s" % (1767225600 + r.randint(0, 9000000), hashlib.sha256(rbytes(r, 16)).hexdigest())},
                      indent=2) + "\n"


def k_plc_ssh_known_hosts(r):
    return "".join("%s %s\n" % (h, ssh_ed25519_pub(r)) for h in
                   ["tunnel-plc.%s.wash.lan" % r.choice(SITES), "10.40.%d.20" % r.randint(1, 9), "reclaim-hmi.%s.wash.lan" % r.choice(SITES)])


def k_lpr_gateway_cert_fingerprints(r):
    der = ED25519_SPKI_PREFIX + rbytes(r, 32)
    return ("LPR gateway client certificate\nSerial: %s\nSHA256 Fingerprint: %s\nPublic key:\n-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n") % (
        ":".join(rstr(r, HEXU, 2) for _ in range(16)), ":".join("%02X" % b for b in hashlib.sha256(rbytes(r, 32)).digest()), b64(der))


CLASSES = [
    ("wash_club_plate_reads_and_member_ids", [("lpr_lane_read_log", k_lpr_lane_read_log), ("wash_club_member_export_csv", k_wash_club_member_export_csv)],
     "plate reads, confidence scores, member numbers, 24-hex RFID EPCs, member UUIDv4s"),
    ("tunnel_plc_tags_and_fault_codes", [("plc_tag_export_csv", k_plc_tag_export_csv), ("tunnel_fault_history_log", k_tunnel_fault_history_log)],
     "PLC tag addresses, project GUID, 40-hex build hashes, fault codes"),
    ("tyre_dot_codes_and_storage_bin_labels", [("tyre_hotel_rack_label_print", k_tyre_hotel_rack_label_print), ("tyre_hotel_storage_csv", k_tyre_hotel_storage_csv)],
     "DOT tyre identification numbers, rack / bin codes, EAN-13 with real GS1 check digits"),
    ("tpms_sensor_ids_and_relearn_logs", [("tpms_relearn_session_log", k_tpms_relearn_session_log), ("tpms_sensor_inventory_csv", k_tpms_sensor_inventory_csv)],
     "8-hex TPMS sensor ids, frequencies, session UUIDs, part numbers"),
    ("alignment_measurements_and_job_numbers", [("alignment_printout_text", k_alignment_printout_text), ("alignment_job_json", k_alignment_job_json)],
     "camber / caster / toe readings, job numbers, VINs with real check digits, report SHA-1s"),
    ("pay_station_transaction_and_terminal_ids", [("pay_station_receipt_text", k_pay_station_receipt_text), ("token_dispenser_audit_csv", k_token_dispenser_audit_csv)],
     "TID / MID, masked PAN, AID, auth codes, RRNs, dispenser and hopper serials"),
    ("chemical_lot_numbers_and_cas_registry", [("chemical_sds_header", k_chemical_sds_header), ("dosing_refill_log_csv", k_dosing_refill_log_csv)],
     "CAS registry numbers with real check digits, UN numbers, lot numbers"),
    ("water_reclaim_sensor_telemetry", [("reclaim_mqtt_payload_json", k_reclaim_mqtt_payload_json), ("reclaim_modbus_register_dump", k_reclaim_modbus_register_dump)],
     "LoRaWAN DevEUI / JoinEUI / DevAddr, payload hex, Modbus register values"),
    ("fleet_wash_po_and_unit_numbers", [("fleet_wash_invoice_lines", k_fleet_wash_invoice_lines), ("fleet_wash_schedule_csv", k_fleet_wash_schedule_csv)],
     "invoice, contract and PO numbers, fleet unit numbers, plates, VINs"),
    ("vehicle_history_report_ids", [("vin_decode_response_json", k_vin_decode_response_json), ("service_history_report_text", k_service_history_report_text)],
     "VINs with real check digits, report ids, MD5 report checksums"),
    ("client_side_keys_in_wash_apps", [("booking_widget_html_embed", k_booking_widget_html_embed), ("wash_app_firebase_web_config_js", k_wash_app_firebase_web_config_js)],
     "Stripe `pk_live_`, reCAPTCHA site key, browser Maps key and Firebase web `apiKey` (`AIza…`, public by design), Firebase app ids"),
    ("placeholder_credentials_in_wash_docs", [("lpr_sdk_readme_quickstart", k_lpr_sdk_readme_quickstart), ("wash_env_example_file", k_wash_env_example_file)],
     "`lprk_live_XXXX…`, `<your-token>`, empty values, `${…:?missing}`, `wcbwh_REPLACE_ME`, all-zero key, `<paste-key-here>`"),
    ("redacted_credentials_in_support_exports", [("support_ticket_redacted_config", k_support_ticket_redacted_config), ("ci_log_masked_output", k_ci_log_masked_output)],
     "`[REDACTED]`, bullets with a four-hex tail, `***`, `<hidden>`, `[MASKED]`, `****`"),
    ("secret_store_references_in_wash_deploys", [("esphome_yaml_secret_tags", k_esphome_yaml_secret_tags), ("deploy_manifest_vault_refs", k_deploy_manifest_vault_refs)],
     "ESPHome `!secret` tags under `password:` keys, `vault:` paths, Secrets Manager ARNs, Key Vault references, `${{ secrets.… }}`"),
    ("firmware_digests_and_checksums", [("controller_firmware_manifest_json", k_controller_firmware_manifest_json), ("sha256sums_release_file", k_sha256sums_release_file)],
     "real SHA-256 and CRC-32 of random bytes"),
    ("password_policy_prose_without_values", [("wash_staff_handbook_paragraph", k_wash_staff_handbook_paragraph), ("franchise_it_newsletter_tip", k_franchise_it_newsletter_tip)],
     "talk about passwords and keys with no value in it"),
    ("encrypted_blobs_in_config_backups", [("ansible_vault_encrypted_file", k_ansible_vault_encrypted_file), ("sops_encrypted_yaml", k_sops_encrypted_yaml)],
     "Ansible Vault `$ANSIBLE_VAULT;1.1;AES256` hex bodies and SOPS `ENC[AES256_GCM,…]` values (random bytes in the right frame)"),
    ("password_hashes_in_kiosk_user_tables", [("kiosk_users_argon2_dump", k_kiosk_users_argon2_dump), ("django_auth_user_pbkdf2_rows", k_django_auth_user_pbkdf2_rows)],
     "argon2id and Django `pbkdf2_sha256$…` strings (random in frame; one-way)"),
    ("booking_request_and_trace_ids", [("booking_api_access_log", k_booking_api_access_log), ("booking_webhook_delivery_json", k_booking_webhook_delivery_json)],
     "request UUIDv4s, W3C `traceparent` ids (32 + 16 hex), `evt_` ids, booking refs, HMAC signature headers"),
    ("public_keys_and_host_fingerprints", [("plc_ssh_known_hosts", k_plc_ssh_known_hosts), ("lpr_gateway_cert_fingerprints", k_lpr_gateway_cert_fingerprints)],
     "`ssh-ed25519` known_hosts keys (real wire format), Ed25519 SubjectPublicKeyInfo PEM (real DER prefix), certificate serials and SHA-256 fingerprints"),
]
WRAPPERS = ["", "__in_wash_ops_teams_thread", "__in_franchise_support_email", "__in_wash_repo_pull_request_review",
            "__in_site_manager_onenote_page"]


def wrap(w, body, r):
    if w == "":
        return body
    if w == "__in_wash_ops_teams_thread":
        return "Teams · #wash-ops\nLee: can someone sanity-check this before I file it?\n" + body + "Ari: looks like normal output to me 👍\n"
    if w == "__in_franchise_support_email":
        return ("From: franchise-desk@sparklewash.example\nSubject: Re: site question #%d\n\nHi,\n\nthis is what we see on our side:\n\n%s\nRegards,\nFranchise IT\n") % (r.randint(1000, 9999), body)
    if w == "__in_wash_repo_pull_request_review":
        return "Review comment on tests/fixtures/sample_%d.txt (PR #%d):\nfixture looks right to me, keeping it as is:\n\n%s" % (r.randint(1, 99), r.randint(100, 999), body)
    if w == "__in_site_manager_onenote_page":
        return "Site notes – %s\n%s(copied from the controller on 2026-03-%02d)\n" % (r.choice(SITES), body, r.randint(1, 28))
    raise ValueError(w)


def generate(forbidden, start_id=1):
    rng = random.Random(SEED)
    out = []
    n = start_id
    for cls, kinds, _desc in CLASSES:
        for kind, fn in kinds:
            for w in WRAPPERS:
                for _ in range(100):
                    text = wrap(w, fn(rng), rng)
                    if not any(f in text for f in forbidden):
                        break
                else:
                    raise RuntimeError("negative keeps containing a positive value")
                out.append({"id": "p182-n-%04d" % n, "class": cls, "container": kind + w, "text": text, "source": "negative"})
                n += 1
    return out
