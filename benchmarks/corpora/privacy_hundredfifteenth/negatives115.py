"""Hard negatives from the oil, gas, mining and pipeline world: look like secrets, are not."""
import hashlib, string
from common115 import rstr, uuid4, AN, HEX, B64, B64U, LD, UD, b64, OWNER_WORDS

VIN_MAP = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rstr(r, al, 17))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def crc_dnp(data):
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA6BC if crc & 1 else crc >> 1
    crc = ~crc & 0xFFFF
    return bytes([crc & 255, crc >> 8])


def crc_modbus(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return bytes([crc & 255, crc >> 8])


def api_no(r):
    return "%02d-%03d-%05d-%02d-%02d" % (r.choice([5, 30, 35, 42, 49]), r.randint(1, 500), r.randint(10000, 99999), r.randint(0, 3), r.randint(0, 9))


def K(r):
    return rstr(r, HEX, 8)


BASES = {
 "witsml_well_and_wellbore_uids": [
  ("witsml_wellbore_xml_uids", lambda r: '<wellbore uidWell="W-%s" uid="%s">\n  <name>PAD-%d H%d</name>\n  <parentWellbore uidRef="%s"/>\n</wellbore>' % (rstr(r, UD, 10), uuid4(r), r.randint(1, 60), r.randint(1, 9), uuid4(r))),
  ("etp_resource_uri_listing", lambda r: "\n".join("eml:///witsml20.Wellbore(%s)/witsml20.Log(%s)" % (uuid4(r), uuid4(r)) for _ in range(3)))],
 "api_well_numbers_and_uwi": [
  ("regulator_well_list_csv", lambda r: "api_number,operator,lease,status\n" + "\n".join("%s,%s Energy,%s %d,PRODUCING" % (api_no(r), r.choice(["Basin", "Mesa", "Caprock"]), r.choice(["Smith", "Ranch", "Unit"]), r.randint(1, 40)) for _ in range(3))),
  ("completion_report_header_text", lambda r: "COMPLETION REPORT\nUWI: 1%02d/%02d-%02d-%03d-%02dW%d/00\nAPI No: %s\nSpud: 2026-%02d-%02d" % (r.randint(0, 9), r.randint(1, 16), r.randint(1, 36), r.randint(1, 126), r.randint(1, 30), r.randint(4, 6), api_no(r), r.randint(1, 12), r.randint(1, 28)))],
 "pi_point_names_and_web_ids": [
  ("piwebapi_points_response_json", lambda r: '{"Items": [{"WebId": "F1DP%s", "Name": "FI-%d.PV", "PointType": "Float32"}, {"WebId": "F1DP%s", "Name": "PT-%d.PV"}]}' % (rstr(r, B64U, 40), r.randint(100, 999), rstr(r, B64U, 40), r.randint(100, 999))),
  ("pi_af_element_webid_log", lambda r: "2027-03-14T06:%02d:11Z GET /piwebapi/elements/F1Em%s/attributes 200 (%d ms)" % (r.randint(0, 59), rstr(r, B64U, 54), r.randint(5, 90)))],
 "opcua_node_ids_and_namespace_uris": [
  ("opcua_browse_dump_lines", lambda r: "ns=2;g=%s  Crusher/Feeder%d/Speed\nns=3;b=%s  Crusher/OpaqueCfg\nns=1;s=CV-%d.Setpoint" % (uuid4(r), r.randint(1, 9), b64(r, 24), r.randint(100, 999))),
  ("uaexpert_nodeid_export_csv", lambda r: "NodeId,BrowseName,DataType\n\"ns=4;g=%s\",Level_%d,Double\n\"ns=4;i=%d\",Alarm,Boolean" % (uuid4(r), r.randint(1, 20), r.randint(1000, 99999)))],
 "segy_trace_header_hex_dumps": [
  ("segy_binary_header_xxd", lambda r: "\n".join("%08x: %s  %s" % (3200 + 16 * i, " ".join(rstr(r, HEX, 4) for _ in range(8)), rstr(r, string.ascii_letters + ".", 16)) for i in range(3))),
  ("segy_textual_header_ebcdic_note", lambda r: "C 1 CLIENT %s SURVEY LINE %d\nC 2 TRACE HASH %s\nC 3 SAMPLE INTERVAL 2 MS" % (r.choice(["NORTH", "WEST"]), r.randint(100, 999), rstr(r, HEX, 32)))],
 "mining_equipment_serials_and_vins": [
  ("haul_truck_asset_register_csv", lambda r: "fleet_no,model,serial,vin\nHT%03d,793F,%s%05d,%s\nHT%03d,930E,A%05d,%s" % (r.randint(1, 300), rstr(r, string.ascii_uppercase, 3), r.randint(0, 99999), vin(r), r.randint(1, 300), r.randint(0, 99999), vin(r))),
  ("telematics_vin_decode_log", lambda r: "decode vin=%s check_digit=ok model_year=%d plant=%s" % (vin(r), r.randint(2015, 2027), rstr(r, UD, 1)))],
 "sparkplug_topic_and_sequence_ids": [
  ("sparkplug_ndata_debug_lines", lambda r: "spBv1.0/PAD%d/NDATA/edge%d seq=%d bdSeq=%d ts=%d alias=0x%s" % (r.randint(1, 40), r.randint(1, 9), r.randint(0, 255), r.randint(0, 255), 1800000000000 + r.randint(0, 10**9), rstr(r, HEX, 16))),
  ("mqtt_broker_session_table", lambda r: "client_id                         clean  expiry\n%s  false  86400\nedge-%s  true   0" % (rstr(r, LD, 32), rstr(r, HEX, 24)))],
 "pipeline_gis_feature_global_ids": [
  ("esri_feature_json_globalids", lambda r: '{"attributes": {"OBJECTID": %d, "GlobalID": "{%s}", "LineName": "L-%d", "MAOP_psig": %d}}' % (r.randint(1, 99999), uuid4(r).upper(), r.randint(1, 99), r.randint(600, 1440))),
  ("pods_centerline_route_export", lambda r: "RouteEventID|StationBegin|StationEnd|SeriesGUID\n{%s}|%d+%02d|%d+%02d|{%s}" % (uuid4(r).upper(), r.randint(0, 900), r.randint(0, 99), r.randint(900, 2000), r.randint(0, 99), uuid4(r).upper()))],
 "hse_incident_and_permit_references": [
  ("incident_register_export_rows", lambda r: "INC-%d-%05d;Near miss;Dropped object;ref %s\nINC-%d-%05d;First aid;Hand injury;ref %s" % (r.randint(2024, 2027), r.randint(0, 99999), rstr(r, UD, 12), r.randint(2024, 2027), r.randint(0, 99999), rstr(r, UD, 12))),
  ("permit_to_work_audit_trail", lambda r: "PTW-%s-%06d issued by AA%d, isolation cert ICC-%s, LOTO lock %s" % (rstr(r, string.ascii_uppercase, 3), r.randint(0, 999999), r.randint(1, 99), rstr(r, UD, 8), rstr(r, HEX, 10)))],
 "dnp3_modbus_frame_hex_with_crc": [
  ("dnp3_link_frame_capture_hex", lambda r: (lambda h: "DNP3 link hdr: " + (h + crc_dnp(h)).hex(" "))(bytes([0x05, 0x64, 0x05, 0xC9]) + r.getrandbits(16).to_bytes(2, "little") + r.getrandbits(16).to_bytes(2, "little"))),
  ("modbus_rtu_frame_trace_crc", lambda r: (lambda f: "TX: " + (f + crc_modbus(f)).hex(" ").upper())(bytes([r.randint(1, 247), 3]) + r.getrandbits(16).to_bytes(2, "big") + bytes([0, r.randint(1, 60)])))],
 "frontend_publishable_keys_in_field_apps": [
  ("field_map_maplibre_public_key_init", lambda r: "const map = new maplibregl.Map({ container: 'map', style: 'https://api.maptiler.com/maps/topo/style.json?key=%s' }); // browser key, domain-restricted" % rstr(r, AN, 20)),
  ("stripe_publishable_key_ticket_portal", lambda r: "<script>const stripe = Stripe('pk_live_%s'); // publishable, safe in page</script>" % rstr(r, AN, 99))],
 "redacted_ot_credentials_in_logs": [
  ("historian_connector_masked_log", lambda r: "INFO connector start user=piwebapi_ro password=******** key=%s**** (masked)" % rstr(r, HEX, 4)),
  ("scada_config_diff_redacted", lambda r: "- mqtt_password: <redacted %s>\n+ mqtt_password: <redacted %s>" % (rstr(r, HEX, 6), rstr(r, HEX, 6)))],
 "placeholder_secrets_in_ot_templates": [
  ("edge_gateway_env_template", lambda r: "# copy to .env and fill in\nSITE_ID=PAD-%d\nSPARKPLUG_MQTT_PASSWORD=<set-me-%s>\nLDS_API_TOKEN=REPLACE_WITH_TOKEN" % (r.randint(1, 60), rstr(r, LD, 4))),
  ("witsml_client_readme_snippet", lambda r: "Usage:\n  witsml-client --url https://store.example.com/witsml --user YOUR_USER --pass YOUR_PASSWORD_%d" % r.randint(1, 999))],
 "secret_manager_lookups_in_pipelines": [
  ("concourse_vault_var_reference", lambda r: "params:\n  WITSML_PASSWORD: ((witsml/store-%s.password))\n  PI_KEY: ((pi/%s.api_key))" % (rstr(r, LD, 5), rstr(r, LD, 5))),
  ("github_actions_secrets_context_reference", lambda r: "env:\n  LDS_API_TOKEN: ${{ secrets.LDS_API_TOKEN_%s }}\n  DISPATCH_SECRET: ${{ secrets.DISPATCH_%s }}" % (rstr(r, string.ascii_uppercase, 4), rstr(r, string.ascii_uppercase, 4)))],
 "sops_and_sealed_secret_ciphertexts": [
  ("sops_encrypted_yaml_values", lambda r: "historian:\n    password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    version: 3.9.0" % (b64(r, 18), b64(r, 32), b64(r, 16))),
  ("bitnami_sealedsecret_manifest", lambda r: "kind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB%s" % rstr(r, B64, 120))],
 "hse_password_policy_talk_without_value": [
  ("ot_password_rotation_procedure", lambda r: "Procedure OT-SEC-%03d: HMI and historian service passwords are rotated every %d days by the OT security lead; never write a password in the shift log or in a ticket." % (r.randint(1, 999), r.choice([30, 60, 90]))),
  ("rig_chat_password_reset_request", lambda r: "[%02d:%02d] %s: my WITSML password expired again, can someone on the day shift reset it? I'll pick a new one myself." % (r.randint(0, 23), r.randint(0, 59), r.choice(["Mud engineer", "Company man", "DD"])))],
}
WRAPPERS = [
    ("", "{}"),
    ("__in_control_room_chat", "[Control room chat] is this one safe to share?\n{}"),
    ("__in_rig_it_ticket", "RIG-IT ticket #%d - pasted from the gateway:\n{}"),
    ("__in_ot_dev_forum_post", "Posted on the OT dev forum: does this leak anything?\n```\n{}\n```"),
    ("__in_well_handover_notes", "Well handover notes, section 4:\n{}\n(end of section)"),
    ("__in_historian_runbook", "Runbook step 7 - expected output:\n{}"),
]


def build(r):
    recs = []
    for cls, bases in BASES.items():
        for base, g in bases:
            for suf, w in WRAPPERS:
                body = g(r)
                if "%d" in w:
                    w = w % r.randint(1000, 99999)
                recs.append({"class": cls, "container": base + suf, "text": w.format(body), "source": "negative"})
    return recs
