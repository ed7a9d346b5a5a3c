"""Hard negatives from the waste-collection world."""
import hashlib, string, base64, zlib
from common133 import HEX, B62, ALNUM_U, luhn_digit, vin_check, iso6346_check, ean13_check

VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin(sh):
    def mk():
        v = list("1M2" + sh.s(VIN_CH, 5) + "0" + sh.s(VIN_CH, 8))
        v[8] = vin_check("".join(v))
        return "".join(v)
    return sh.uniq(mk)


def _iso(sh):
    def mk():
        c = sh.s(string.ascii_uppercase, 3) + "U" + sh.s(string.digits, 6)
        return c + iso6346_check(c)
    return sh.uniq(mk)


def _ean(sh):
    def mk():
        d = "5" + sh.s(string.digits, 11)
        return d + ean13_check(d)
    return sh.uniq(mk)


def _sha256(sh):
    return hashlib.sha256(sh.s(B62, 20).encode()).hexdigest()


def _sha1(sh):
    return hashlib.sha1(sh.s(B62, 20).encode()).hexdigest()


def _crc(sh):
    return "%08X" % (zlib.crc32(sh.rbytes(64)) & 0xffffffff)


def _acct(sh):
    d = "7" + sh.s(string.digits, 9)
    return d + luhn_digit(d)


def _manifest(sh):
    return sh.s(string.digits, 9) + sh.r.choice(["ELC", "JJK", "FLE", "GBF", "MWI"])


def _epaid(sh):
    return sh.r.choice(["CA", "TX", "OH", "PA", "NJ"]) + "D" + sh.s(string.digits, 9)


BASES = {
    "rfid_bin_tag_uids": [
        ("cart_rfid_inventory_csv", lambda sh: "tag_uid,cart_size,address_id\n" + "\n".join("E2801160%s,%s,%s" % (sh.s("0123456789ABCDEF", 16), sh.r.choice(["64", "96"]), sh.s(string.digits, 7)) for _ in range(3))),
        ("lift_event_log_line", lambda sh: "LIFT ok truck=%s arm=R tag=E200%s weight=%d.%dkg" % (sh.s(string.digits, 3), sh.s("0123456789ABCDEF", 20), sh.r.randint(5, 90), sh.r.randint(0, 9))),
    ],
    "truck_vin_and_plate_numbers": [
        ("fleet_vehicle_register_row", lambda sh: "unit,vin,plate\n%s,%s,%s" % (sh.s(string.digits, 3), _vin(sh), sh.s(ALNUM_U, 7))),
        ("maintenance_work_order_header", lambda sh: "Unit %s  VIN %s  Odometer %d km  Plate %s" % (sh.s(string.digits, 3), _vin(sh), sh.r.randint(40000, 400000), sh.s(ALNUM_U, 7))),
    ],
    "weighbridge_ticket_and_scale_ids": [
        ("scale_ticket_print_block", lambda sh: "TICKET %s\nGROSS %d kg  TARE %d kg\nSCALE S-%d  INDICATOR SN %s" % (sh.s(string.digits, 8), sh.r.randint(20000, 40000), sh.r.randint(9000, 15000), sh.r.randint(1, 4), sh.s(ALNUM_U, 10))),
        ("ticket_export_csv_rows", lambda sh: "ticket_no,customer,net_kg\n" + "\n".join("T%s,C%s,%d" % (sh.s(string.digits, 9), sh.s(string.digits, 5), sh.r.randint(500, 20000)) for _ in range(3))),
    ],
    "hazwaste_manifest_tracking_numbers": [
        ("emanifest_search_result_json", lambda sh: '{"manifestTrackingNumber":"%s","status":"Signed","generatorId":"%s"}' % (_manifest(sh), _epaid(sh))),
        ("generator_epa_id_roster", lambda sh: "Generator EPA IDs on route 12: %s, %s, %s" % (_epaid(sh), _epaid(sh), _epaid(sh))),
    ],
    "customer_account_luhn_numbers": [
        ("billing_account_lookup_row", lambda sh: "account=%s service=96gal-trash day=TUE" % _acct(sh)),
        ("autopay_enrolment_report", lambda sh: "Autopay enrolments: %s, %s (reference numbers, not card data)" % (_acct(sh), _acct(sh))),
    ],
    "rolloff_container_iso6346_codes": [
        ("container_yard_inventory", lambda sh: "box,size,status\n%s,30yd,on-site\n%s,40yd,yard" % (_iso(sh), _iso(sh))),
        ("rolloff_swap_dispatch_note", lambda sh: "Swap box %s for %s at 14 Mill Rd" % (_iso(sh), _iso(sh))),
    ],
    "deposit_return_ean13_barcodes": [
        ("reverse_vending_scan_log", lambda sh: "RVM-%s accepted EAN %s refund 0.10" % (sh.s(string.digits, 3), _ean(sh))),
        ("deposit_product_master_csv", lambda sh: "ean,material,deposit\n%s,PET,0.10\n%s,ALU,0.10" % (_ean(sh), _ean(sh))),
    ],
    "publishable_and_client_side_keys": [
        ("payment_form_stripe_publishable", lambda sh: "const stripe = Stripe('pk_live_%s');" % sh.s(B62, 99)),
        ("portal_map_browser_key_note", lambda sh: "<script src=\"https://maps.example.com/js?client_id=%s&public=true\"></script>" % sh.s(B62, 24)),
    ],
    "starred_out_scalehouse_logins": [
        ("kiosk_settings_screen_dump", lambda sh: "Scale PC login: kiosk / ************  (last changed %d days ago)" % sh.r.randint(2, 90)),
        ("integration_log_scrubbed", lambda sh: "POST /api/tickets auth=Basic *****:***** status=201 id=%s" % sh.s(string.digits, 6)),
    ],
    "fill_in_template_values": [
        ("hauler_env_template", lambda sh: "ROUTE_OPT_API_KEY=<paste-route-key-here>\nTELEMATICS_DB_PASS=__SET_ME__\n# unit %s" % sh.s(string.digits, 3)),
        ("vendor_quickstart_snippet", lambda sh: "curl -H 'Authorization: Bearer YOUR_TRUX_TOKEN' https://api.example.com/v%d/routes" % sh.r.randint(1, 3)),
    ],
    "keyvault_and_parameter_store_refs": [
        ("azure_keyvault_reference_setting", lambda sh: "@Microsoft.KeyVault(SecretUri=https://hauler-kv-%s.vault.azure.net/secrets/scale-sql/)" % sh.s(string.ascii_lowercase, 4)),
        ("ssm_parameter_lookup_yaml", lambda sh: "db_password: '{{resolve:ssm-secure:/hauler/%s/scale-sql:%d}}'" % (sh.r.choice(["prod", "stage"]), sh.r.randint(1, 9))),
    ],
    "ansible_vault_and_kms_ciphertexts": [
        ("ansible_vault_inline_block", lambda sh: "scale_sql_pass: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + sh.s("0123456789", 1) + sh.s(HEX, 63)),
        ("kms_ciphertext_blob_env", lambda sh: "BILLING_DB_PASS_ENC=AQICAHh" + base64.b64encode(sh.rbytes(72)).decode()),
    ],
    "driver_login_help_without_secret": [
        ("driver_app_faq_line", lambda sh: "If the tablet says your password expired, ask the dispatcher on channel %d to reset it - never text it." % sh.r.randint(1, 9)),
        ("scalehouse_policy_memo", lambda sh: "Reminder: scale PC passwords rotate every %d days; the new one is handed over in person only." % sh.r.choice([30, 60, 90])),
    ],
    "firmware_and_image_digests": [
        ("telematics_firmware_manifest", lambda sh: "fw=tgw-%d.%d.%d.bin sha256=%s" % (sh.r.randint(1, 5), sh.r.randint(0, 20), sh.r.randint(0, 99), _sha256(sh))),
        ("sorter_plc_backup_checksums", lambda sh: "sha1 %s  line2_sorter.zap16\ncrc32 %s  baler.ap15" % (_sha1(sh), _crc(sh))),
    ],
    "route_and_stop_identifiers": [
        ("route_plan_geojson_props", lambda sh: '{"route_id":"R-%s","stop_id":"%s","seq":%d}' % (sh.s(string.digits, 4), sh.uuid4(), sh.r.randint(1, 900))),
        ("service_stop_export_csv", lambda sh: "stop_id,lat,lon\n%s,51.%s,-0.%s" % (sh.s(HEX, 24), sh.s(string.digits, 5), sh.s(string.digits, 5))),
    ],
    "oauth_state_and_request_nonces": [
        ("portal_oauth_redirect_url", lambda sh: "https://portal.hauler.example.com/callback?code_challenge=%s&state=%s" % (base64.urlsafe_b64encode(hashlib.sha256(sh.rbytes(32)).digest()).decode().rstrip("="), sh.s(B62, 22))),
        ("api_gateway_request_trace", lambda sh: "x-request-id: %s\nx-amzn-trace-id: Root=1-%s-%s" % (sh.uuid4(), sh.s(HEX, 8), sh.s(HEX, 24))),
    ],
}

WRAPPERS = [
    (None, "{t}"),
    ("in_dispatch_office_chat", "[dispatch] Kemi: can someone check this?\n{t}\n[dispatch] Arjun: looks fine, nothing sensitive"),
    ("in_hauler_code_review", "Review comment on config/integrations:\n```\n{t}\n```\nLGTM once the lint passes."),
    ("in_scalehouse_support_ticket", "Ticket SH-{n}: customer attached the following output\n{t}\n-- please advise"),
    ("in_mrf_shift_wiki", "== Shift reference ==\n{t}\n(updated by the night supervisor)"),
    ("in_municipal_contract_email", "Hello,\nas requested for the collection contract audit:\n\n{t}\n\nRegards, Contracts Office"),
]


def generate(sh):
    recs = []
    for cls, bases in BASES.items():
        for bk, f in bases:
            for wname, wt in WRAPPERS:
                t = f(sh)
                text = wt.format(t=t, n=sh.r.randint(1000, 9999))
                recs.append({"class": cls, "container": bk if wname is None else bk + "__" + wname, "text": text, "source": "negative"})
    return recs
