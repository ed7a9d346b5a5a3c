"""Hard negatives from the dealership / fleet / micromobility world."""
import hashlib
from common116 import G, DIG, UPPER

VINW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VINT = {**{str(d): d for d in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
        "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VINA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(g):
    wmi = g.pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JN1", "KMH", "WBA", "WVW", "YV1", "SAL", "1C4"])
    body = wmi + g.s(VINA, 5) + "0" + g.pick("LMNPRSTV") + g.s(VINA, 1) + g.s(DIG, 6)
    s = sum(VINT[c] * w for c, w in zip(body, VINW)) % 11
    return body[:8] + ("X" if s == 10 else str(s)) + body[9:]


def vin_ok(v):
    s = sum(VINT[c] * w for c, w in zip(v, VINW)) % 11
    return v[8] == ("X" if s == 10 else str(s))


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei(g):
    b = g.pick(["35", "86", "01", "35"]) + g.s(DIG, 12)
    return b + luhn_digit(b)


def sha256(g):
    return hashlib.sha256(g.an(20).encode()).hexdigest()


def md5(g):
    return hashlib.md5(g.an(20).encode()).hexdigest()


def plate(g):
    return g.pick(["%s%s%s-%s" % (g.s(DIG, 1), g.s(UPPER, 3), "", g.s(DIG, 3)), g.s(UPPER, 2) + g.s(DIG, 2) + " " + g.s(UPPER, 3), g.s(DIG, 1) + g.s(UPPER, 3) + g.s(DIG, 3)])


B = {}


def base(cls, kind):
    def deco(f):
        B.setdefault(cls, []).append((kind, f))
        return f
    return deco


@base("vin_check_digit_numbers", "dealer_inventory_csv")
def _(g):
    rows = ["stock,vin,year,make,model,miles"] + ["%s,%s,%d,%s,%s,%d" % ("S" + g.s(DIG, 5), vin(g), g.r.randint(2016, 2025), *g.pick([("Honda", "Accord"), ("Ford", "F-150"), ("Toyota", "Camry"), ("VW", "Jetta")]), g.r.randint(5, 90000)) for _ in range(3)]
    return "\n".join(rows)


@base("vin_check_digit_numbers", "vin_decode_response_json")
def _(g):
    return '{"Count": 1, "Results": [{"VIN": "%s", "ErrorCode": "0", "ModelYear": "%d", "PlantCountry": "UNITED STATES (USA)"}]}' % (vin(g), g.r.randint(2015, 2025))


@base("license_plate_and_permit_strings", "parking_permit_roster")
def _(g):
    return "permit_no;plate;zone;valid_to\n" + "\n".join("P-%s;%s;Z%d;2025-12-31" % (g.s(DIG, 6), plate(g), g.r.randint(1, 9)) for _ in range(3))


@base("license_plate_and_permit_strings", "lpr_camera_read_log")
def _(g):
    return "\n".join("2025-03-14T08:%02d:%02dZ cam=gate-%d plate=%s conf=0.%d lane=in" % (g.r.randint(0, 59), g.r.randint(0, 59), g.r.randint(1, 4), plate(g).replace(" ", ""), g.r.randint(80, 99)) for _ in range(3))


@base("dealer_stock_and_repair_order_numbers", "dms_repair_order_header")
def _(g):
    return "RO#: %s   Advisor: 417   Tag: T%s\nVIN: %s   Mileage in: %d\nOp codes: 01OILZ, 22ROTATE, BRKINSP" % (g.s(DIG, 7), g.s(DIG, 3), vin(g), g.r.randint(1000, 120000))


@base("dealer_stock_and_repair_order_numbers", "stock_list_export")
def _(g):
    return "\n".join("%s\t%s\t$%d\tlot %s" % (g.s(UPPER, 1) + g.s(DIG, 5) + g.s(UPPER, 1), g.pick(["CR-V EX", "RAV4 XLE", "Model 3 LR", "Tiguan SE"]), g.r.randint(18000, 52000), g.s(UPPER, 1) + g.s(DIG, 2)) for _ in range(4))


@base("obd_trouble_codes_and_can_frames", "obd_scan_report")
def _(g):
    return "Scan %s\nStored DTCs: %s\nPending: %s\nFreeze frame RPM=%d ECT=%dC" % (vin(g), ", ".join(g.pick("PCBU") + g.s("0123", 1) + g.s("0123456789ABCDEF", 3) for _ in range(3)), g.pick("P") + "0" + g.s(DIG, 3), g.r.randint(700, 3000), g.r.randint(70, 105))


@base("obd_trouble_codes_and_can_frames", "candump_log_excerpt")
def _(g):
    return "\n".join("(1741939920.%06d) can0 %s#%s" % (g.r.randint(0, 999999), g.HEX(3), g.HEX(16)) for _ in range(4))


@base("telematics_imei_with_luhn", "tracker_provisioning_csv")
def _(g):
    return "imei,iccid_suffix,unit,fw\n" + "\n".join("%s,%s,VAN-%03d,3.%d.%d" % (imei(g), g.s(DIG, 6), g.r.randint(1, 400), g.r.randint(0, 9), g.r.randint(0, 20)) for _ in range(3))


@base("telematics_imei_with_luhn", "gps_device_status_json")
def _(g):
    return '{"imei": "%s", "lat": 37.%s, "lon": -122.%s, "ignition": true, "odometer_km": %d}' % (imei(g), g.s(DIG, 5), g.s(DIG, 5), g.r.randint(1000, 200000))


@base("micromobility_vehicle_qr_ids", "scooter_qr_sticker_batch")
def _(g):
    return "Sticker batch %s\n" % g.s(DIG, 4) + "\n".join("https://go.example.com/s/%s  (vehicle %s)" % (g.up(8), g.s(UPPER, 2) + g.s(DIG, 4)) for _ in range(3))


@base("micromobility_vehicle_qr_ids", "dock_station_status_feed")
def _(g):
    return '{"data": {"stations": [{"station_id": "%s", "num_bikes_available": %d, "num_docks_available": %d, "last_reported": %d}]}, "ttl": 60}' % (g.hex(32), g.r.randint(0, 20), g.r.randint(0, 20), 1741939920 + g.r.randint(0, 9999))


@base("parking_zone_and_session_refs", "meter_transaction_log")
def _(g):
    return "\n".join("txn=%s zone=%d space=%s amount=%d.%02d plate=%s" % (g.s(DIG, 12), g.r.randint(1000, 9999), g.s(UPPER, 1) + g.s(DIG, 3), g.r.randint(1, 20), g.r.randint(0, 99), plate(g).replace(" ", "")) for _ in range(3))


@base("parking_zone_and_session_refs", "parking_session_receipt")
def _(g):
    return "Receipt\nSession: %s\nZone %d, %s\nStart 08:12  End 10:12\nRef: %s" % (g.uuid(), g.r.randint(1000, 9999), g.pick(["Main St", "Pier 9", "Lot C"]), g.up(10))


@base("toll_tag_and_epc_identifiers", "transponder_inventory_rows")
def _(g):
    return "\n".join("tag %s-%s  agency %03d  class 2  status ACTIVE" % (g.s(DIG, 3), g.s(DIG, 8), g.r.randint(1, 999)) for _ in range(3))


@base("toll_tag_and_epc_identifiers", "rfid_epc_reader_dump")
def _(g):
    return "\n".join("EPC:%s TID:E280%s RSSI:-%d ANT:%d" % (g.HEX(24), g.HEX(20), g.r.randint(40, 75), g.r.randint(1, 4)) for _ in range(3))


@base("rental_reservation_confirmation_codes", "booking_confirmation_mail")
def _(g):
    return "Your reservation is confirmed.\nConfirmation number: %s\nPickup: LAX, 14 Mar 2025 10:00\nVehicle class: %s\nRental agreement will be issued at the counter." % (g.s(DIG, 10) + "COUNT"[:g.r.randint(0, 2)], g.pick(["ICAR", "FCAR", "SFAR", "CCAR"]))


@base("rental_reservation_confirmation_codes", "counter_agreement_printout")
def _(g):
    return "RA NO. %s    RES %s\nUNIT %s   PLATE %s\nFUEL OUT 8/8  KM OUT %d" % (g.s(DIG, 9), g.up(8), g.s(DIG, 6), plate(g), g.r.randint(1000, 80000))


@base("public_map_and_checkout_keys", "mapbox_gl_public_token_init")
def _(g):
    import base64, json
    p = base64.urlsafe_b64encode(json.dumps({"u": "dealermaps", "a": g.low(24)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "// public token, URL-restricted to www.dealer.example.com\nmapboxgl.accessToken = 'pk.%s.%s';\nconst map = new mapboxgl.Map({container: 'lot-map'});" % (p, g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 22))


@base("public_map_and_checkout_keys", "checkout_publishable_key_script")
def _(g):
    return "<script>\n  // publishable key: safe in the browser\n  const checkout = Checkout('pk_live_%s');\n</script>" % g.an(48)


@base("masked_automotive_vendor_secrets", "dms_settings_masked_row")
def _(g):
    return "| Integration | Key | Last rotated |\n|---|---|---|\n| %s | %s | 2025-0%d-1%d |" % (g.pick(["OEM warranty", "Lender gateway", "VIN decoder", "Telematics"]), g.pick(["••••••••" + g.hex(4), "****" + g.an(4), "sk_live_…" + g.an(4), "[REDACTED]"]), g.r.randint(1, 9), g.r.randint(0, 9))


@base("masked_automotive_vendor_secrets", "gateway_log_scrubbed_header")
def _(g):
    return "POST /v2/quotes 201 %dms req=%s headers={'Authorization': 'Bearer ***', 'X-Api-Key': '%s'}" % (g.r.randint(20, 900), g.hex(16), g.pick(["<redacted>", "********", "xxxx-xxxx-xxxx", "[FILTERED]"]))


@base("automotive_doc_placeholder_values", "oem_api_env_sample")
def _(g):
    return "# .env.sample -- copy and fill in\nOEM_CLIENT_ID=%s\nOEM_CLIENT_SECRET=%s\nDEALER_CODE=%s" % (g.pick(["your-client-id", "<client-id>", "CHANGE_ME"]), g.pick(["<your-oem-client-secret>", "changeme", "YOUR_SECRET_HERE", "xxxxxxxxxxxxxxxx"]), g.s(DIG, 5))


@base("automotive_doc_placeholder_values", "vin_api_readme_curl")
def _(g):
    return "```bash\ncurl -H 'X-Api-Key: %s' https://api.example.com/v1/decode/%s\n```" % (g.pick(["{YOUR_API_KEY}", "$VIN_API_KEY", "<api-key>", "API_KEY_GOES_HERE"]), vin(g))


@base("secret_manager_lookup_strings", "gcp_secret_manager_resource_name")
def _(g):
    return "lenderGatewaySecret: projects/dealer-prod-%s/secrets/lender-gw-client-secret/versions/%d\nmountPath: /var/secrets/lender" % (g.s(DIG, 6), g.r.randint(1, 30))


@base("secret_manager_lookup_strings", "onepassword_op_uri_reference")
def _(g):
    return "TELEMATICS_API_KEY=op://Fleet-%s/telematics-%s/credential\nDMS_SQL_PWD=op://Dealer-IT/dms-sql-%s/password" % (g.pick(["Prod", "Staging"]), g.low(6), g.low(4))


@base("vault_encrypted_blobs", "ansible_vault_aes256_block")
def _(g):
    body = g.hex(320)
    return "lender_portal_pass: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + body[i:i + 80] for i in range(0, 320, 80))


@base("vault_encrypted_blobs", "jasypt_enc_property")
def _(g):
    return "spring.datasource.url=jdbc:postgresql://10.40.1.9/fleet\nspring.datasource.password=ENC(%s)" % g.b64(48)


@base("dealership_password_chat_without_value", "it_policy_password_rotation_memo")
def _(g):
    return "Reminder from Dealer IT: DMS passwords rotate every %d days. Never paste a password into the group chat or a repair order; use the vault link on the intranet. Minimum length is %d characters." % (g.r.randint(30, 90), g.r.randint(12, 16))


@base("dealership_password_chat_without_value", "service_advisor_asks_reset")
def _(g):
    return "[%02d:%02d] advisor%d: my OEM portal password expired again, who can reset it?\n[%02d:%02d] it-desk: reset link sent to your mail, pick a new one there, don't send it here" % (g.r.randint(7, 18), g.r.randint(0, 59), g.r.randint(1, 9), g.r.randint(7, 18), g.r.randint(0, 59))


@base("ota_firmware_and_report_hashes", "ota_manifest_sha256")
def _(g):
    return '{"image": "scooter-ecu-%d.%d.%d.bin", "size": %d, "sha256": "%s"}' % (g.r.randint(1, 5), g.r.randint(0, 20), g.r.randint(0, 99), g.r.randint(100000, 900000), sha256(g))


@base("ota_firmware_and_report_hashes", "history_report_pdf_md5")
def _(g):
    return "report_%s.pdf  md5=%s  pages=%d" % (vin(g), md5(g), g.r.randint(3, 12))


WRAPS = [
    ("", "{B}"),
    ("__in_dealer_group_chat", "[dealer-group chat] Dana: is this ok to share?\n{B}\n[dealer-group chat] Lee: yes, nothing secret in it"),
    ("__in_fleet_ops_ticket", "FLEETOPS-%d  Status: Resolved\nAttached output:\n{B}"),
    ("__in_mobility_pr_review", "Review comment on fixtures/sample.txt:\n> {B}\nLGTM, this is fixture data."),
    ("__in_dms_runbook_page", "## Runbook: nightly DMS sync\nExpected output looks like:\n\n{B}\n\nIf it differs, page the on-call."),
    ("__in_scooter_release_notes", "Release 4.%d notes\n- fixed battery telemetry\n- example payload:\n{B}"),
]


def build():
    g = G(11606)
    out = []
    for cls, kinds in B.items():
        for kind, f in kinds:
            for suf, w in WRAPS:
                body = f(g)
                if "%d" in w:
                    w = w % g.r.randint(100, 9999)
                out.append({"id": None, "class": cls, "container": kind + suf, "text": w.replace("{B}", body), "source": "negative"})
    return out
