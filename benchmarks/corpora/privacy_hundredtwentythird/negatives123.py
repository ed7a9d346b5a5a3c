"""Hard negatives from the transit world: look like secrets, are not."""
import hashlib

def evn(g):
    d = [int(c) for c in "9" + "4" + g.digits(9)]  # 11 digits, Luhn-style check
    s = sum(sum(divmod(x * (2 if i % 2 == 0 else 1), 10)) for i, x in enumerate(d))
    return "".join(map(str, d)) + "-" + str((10 - s % 10) % 10)

def md5(g): return hashlib.md5(g.an(20).encode()).hexdigest()
def sha256(g): return hashlib.sha256(g.an(24).encode()).hexdigest()

CLASSES = [
 ("gtfs_static_feed_entity_ids", [
   ("gtfs_trips_txt_rows", lambda g: "route_id,service_id,trip_id,shape_id\n" + "\n".join("R%s,WKD_%s,%s,%s" % (g.digits(3), g.digits(4), g.uuid(), g.hex(12)) for _ in range(3))),
   ("gtfs_stop_times_excerpt", lambda g: "trip_id,arrival_time,stop_id,stop_sequence\n" + "\n".join("%s,07:%02d:00,%s,%d" % (g.hex(24), 10 + i, g.uan(8), i + 1) for i in range(3)))]),
 ("gtfs_rt_protobuf_debug_ids", [
   ("trip_update_text_format_dump", lambda g: 'entity {\n  id: "%s"\n  trip_update {\n    trip { trip_id: "%s" start_date: "20260314" }\n    vehicle { id: "%s" label: "Bus 4417" }\n  }\n}' % (g.hex(32), g.an(26), g.hex(16))),
   ("vehicle_position_feed_json", lambda g: '{"header":{"gtfsRealtimeVersion":"2.0","timestamp":"1773471600"},"entity":[{"id":"%s","vehicle":{"vehicle":{"id":"%s"},"position":{"latitude":52.37,"longitude":4.89}}}]}' % (g.uuid(), g.an(20)))]),
 ("fare_media_serials_and_tap_ids", [
   ("desfire_card_uid_tap_log", lambda g: "\n".join("2026-03-14T07:%02d:11Z reader=VAL-%s uid=04%s tap_id=%s result=OK" % (i, g.digits(4), g.HEX(12), g.hex(32)) for i in range(3))),
   ("account_based_ticketing_media_ids", lambda g: '{"media":[{"mediaId":"%s","type":"EMV_TOKEN","par":"Q1J4%s"},{"mediaId":"%s","type":"QR"}]}' % (g.uuid(), g.uan(25), g.uuid()))]),
 ("rolling_stock_vehicle_numbers", [
   ("evn_wagon_number_registry", lambda g: "EVN                owner  depot\n" + "\n".join("%s  RBX    WLD" % evn(g) for _ in range(3))),
   ("train_describer_headcode_log", lambda g: "\n".join("TD %s step %s -> %s headcode 1%s%02d unit %s" % (g.uan(2), g.digits(4), g.digits(4), g.uan(1), g.r.randrange(100), g.digits(6)) for _ in range(3)))]),
 ("ticket_barcode_public_references", [
   ("qr_ticket_validation_log_refs", lambda g: "\n".join("scan ok ticket_ref=TKT-%s order=%s validity=2026-03-14" % (g.uan(12), g.hex(20)) for _ in range(3))),
   ("booking_reference_export_csv", lambda g: "pnr,order_id,passenger_ref\n" + "\n".join("%s,%s,%s" % (g.uan(6), g.uuid(), g.hex(16)) for _ in range(3)))]),
 ("feed_archive_checksums", [
   ("gtfs_zip_sha256_manifest", lambda g: "\n".join("%s  gtfs-%s.zip" % (sha256(g), d) for d in ("20260301", "20260308", "20260315"))),
   ("netex_export_md5_listing", lambda g: "\n".join("MD5 (netex_%s.xml) = %s" % (x, md5(g)) for x in ("lines", "stops", "calendars")))]),
 ("publishable_map_and_rider_sdk_keys", [
   ("mapbox_public_pk_token_html", lambda g: '<script>mapboxgl.accessToken = "pk.eyJ1IjoidHJhbnNpdC1%s.%s"; // public, URL-restricted</script>' % (g.b64u(40), g.b64u(22))),
   ("rider_app_public_config_plist", lambda g: "<key>MapPublicToken</key>\n<string>pk.%s</string>\n<key>AnalyticsSiteId</key>\n<string>%s</string>" % (g.b64u(60), g.hex(24)))]),
 ("masked_transit_credentials", [
   ("fare_console_masked_key_table", lambda g: "| key name | value |\n|---|---|\n| fare-gw-prod | ****************%s |\n| validator-sign | %s…(hidden) |" % (g.hex(4), g.hex(4))),
   ("avl_service_startup_log_redacted", lambda g: "INFO avl-gw starting pid=%s\nINFO db url=postgresql://avlsvc:[REDACTED]@db.depot.internal/avl\nINFO feed key=<masked, sha256:%s>" % (g.digits(5), g.hex(8)))]),
 ("transit_config_template_placeholders", [
   ("otp_router_config_example_placeholders", lambda g: '{ "updaters": [ { "type": "stop-time-updater", "url": "https://example.org/rt", "headers": { "x-api-key": "YOUR_FEED_API_KEY" } } ] }  # example %s' % g.digits(3)),
   ("gtfs_rt_poller_env_sample", lambda g: "# .env.sample (rev %s)\nFEED_KEY=<your-feed-key>\nDB_PASSWORD=changeme\nFARE_HMAC_SECRET=xxxxxxxxxxxxxxxxxxxxxxxx" % g.digits(4))]),
 ("transit_secret_store_references", [
   ("aws_secrets_manager_arn_refs", lambda g: "FARE_DB_PASSWORD_ARN=arn:aws:secretsmanager:eu-west-1:%s:secret:fare/db-%s\nFEED_KEY_ARN=arn:aws:secretsmanager:eu-west-1:%s:secret:feeds/rt-%s" % (g.digits(12), g.an(6), g.digits(12), g.an(6))),
   ("azure_key_vault_secret_uri_refs", lambda g: "@Microsoft.KeyVault(SecretUri=https://kv-transit-%s.vault.azure.net/secrets/crew-db/%s)" % (g.lan(5), g.hex(32)))]),
 ("encrypted_config_values", [
   ("jasypt_enc_properties_values", lambda g: "spring.datasource.password=ENC(%s)\nfare.hmac=ENC(%s)" % (g.b64(48), g.b64(32))),
   ("kms_ciphertext_blob_json", lambda g: '{"CiphertextBlob":"AQICAHh%s","KeyId":"arn:aws:kms:eu-west-1:%s:key/%s"}' % (g.b64(120), g.digits(12), g.uuid()))]),
 ("transit_password_talk_without_value", [
   ("depot_password_rotation_notice", lambda g: "Notice %s: all depot CMMS passwords expire on Friday. Choose a new password of at least 14 characters; never send it by mail or chat." % g.digits(4)),
   ("control_room_chat_asks_for_login", lambda g: "[05:%02d] dispatcher3: anyone have the PIS admin password? locked out again\n[05:%02d] ops-lead: ask the service desk, don't post it here" % (g.r.randrange(60), g.r.randrange(60)))]),
 ("vehicle_telematics_identifiers", [
   ("fleet_vin_and_imei_list", lambda g: "fleet_no,vin,modem_imei,iccid\n" + "\n".join("%s,%s,%s,89%s" % (g.digits(4), g.s("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17), g.digits(15), g.digits(18)) for _ in range(3))),
   ("can_bus_candump_excerpt", lambda g: "\n".join("(1773471%s.%s) can0 %s#%s" % (g.digits(3), g.digits(6), g.HEX(3), g.HEX(16)) for _ in range(4)))]),
 ("stop_and_station_codes", [
   ("naptan_atco_code_list", lambda g: "\n".join("ATCOCode=490%s%s NaptanCode=%s" % (g.digits(6), g.uan(1), g.lan(8)) for _ in range(3))),
   ("uic_station_code_table", lambda g: "\n".join("UIC %s  DS100 %s  IBNR 80%s" % (g.digits(7), g.uan(4), g.digits(5)) for _ in range(3)))]),
 ("trip_planner_request_and_session_ids", [
   ("otp_plan_request_log_ids", lambda g: "\n".join("GET /otp/routers/default/plan?fromPlace=52.3,4.9&toPlace=52.1,5.1 request_id=%s session=%s" % (g.uuid(), g.hex(32)) for _ in range(2))),
   ("ojp_trip_request_message_ids", lambda g: "<OJPTripRequest><siri:RequestTimestamp>2026-03-14T07:00:00Z</siri:RequestTimestamp><siri:MessageIdentifier>%s</siri:MessageIdentifier><nonce>%s</nonce></OJPTripRequest>" % (g.hex(40), g.b64(16)))]),
 ("signalling_telegrams_and_route_crcs", [
   ("ertms_balise_telegram_hex", lambda g: "balise %s-%s telegram=%s" % (g.digits(3), g.digits(5), g.HEX(208))),
   ("interlocking_route_table_crc", lambda g: "\n".join("route %s%s->%s crc32=0x%s sha1=%s" % (g.uan(1), g.digits(3), g.digits(3), g.HEX(8), hashlib.sha1(g.an(12).encode()).hexdigest()) for _ in range(3)))]),
]

WRAPS = [
 ("", "{t}"),
 ("__in_transit_ops_chat", "[08:14] ops-analyst: pasting this for context, nothing secret in it:\n{t}\n[08:15] feed-dev: thanks"),
 ("__in_feed_pipeline_review", "Review comment on feeds/ingest.py line 88:\n```\n{t}\n```\nLooks fine to me."),
 ("__in_agency_helpdesk_ticket", "Ticket TR-{n} attachment excerpt:\n{t}\n-- end of attachment"),
 ("__in_rail_ops_wiki_page", "== Reference ==\n<pre>\n{t}\n</pre>"),
 ("__in_vendor_integration_mail", "Hello team,\n\nbelow the sample you asked for:\n\n{t}\n\nKind regards,\nIntegration desk"),
]

def generate(g):
    out = []
    for cls, kinds in CLASSES:
        for kind, fn in kinds:
            for wname, wt in WRAPS:
                t = fn(g)
                out.append({"class": cls, "container": kind + wname, "text": wt.replace("{n}", g.digits(5)).replace("{t}", t), "source": "negative"})
    return out
