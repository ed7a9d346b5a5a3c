"""Hard negatives from the weather / climate / hydrology world."""
import hashlib, base64, json
from common118 import Gen, LOW, UP, DIG, ALNUM, HEXL

def sdi12_crc(s):
    crc = 0
    for ch in s.encode():
        crc ^= ch
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return chr(0x40 | (crc >> 12)) + chr(0x40 | ((crc >> 6) & 0x3F)) + chr(0x40 | (crc & 0x3F))

ICAO_AP = ["EHAM", "EGLL", "KDEN", "RJTT", "YSSY", "FAOR", "SBGR", "CYYZ", "LFPG", "NZAA", "VIDP", "ENGM"]
RADARS = ["KTLX", "KFWS", "KAMX", "KLOT", "KMUX", "KOKX", "KGRK", "KICT"]

def _rows(g, n, f): return "\n".join(f() for _ in range(n))

def C(g):
    r = g.r
    def dt(): return "2025%02d%02d" % (r.randint(1, 12), r.randint(1, 28))
    def metar():
        return "METAR %s %02d%02d%02dZ %03d%02dKT 9999 %s%03d %02d/%02d Q%04d NOSIG=" % (
            r.choice(ICAO_AP), r.randint(1, 28), r.randint(0, 23), r.choice([20, 50]), r.randint(0, 35) * 10, r.randint(2, 25),
            r.choice(["FEW", "SCT", "BKN"]), r.randint(8, 45), r.randint(0, 25), r.randint(-5, 12), r.randint(990, 1035))
    def sha(): return hashlib.sha256(g.s(20).encode()).hexdigest()
    def md5(): return hashlib.md5(g.s(20).encode()).hexdigest()
    def sdi():
        body = "%d+%.2f+%.1f-%.3f" % (r.randint(0, 9), r.uniform(0, 40), r.uniform(0, 100), r.uniform(0, 2))
        return body + sdi12_crc(body)
    def deveui(): return "70B3D57ED0" + g.hex(6, up=True)
    def goes():
        d = "2025%03d%02d%02d%03d" % (r.randint(1, 365), r.randint(0, 23), r.randint(0, 59), r.randint(0, 999))
        return "OR_ABI-L2-CMIPF-M6C%02d_G%d_s%s_e%s_c%s.nc" % (r.randint(1, 16), r.choice([16, 18, 19]), d, d[:-3] + "%03d" % r.randint(0, 999), d)
    def s1():
        d = dt() + "T%02d%02d%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        return "S1A_IW_GRDH_1SDV_%s_%s_%06d_%s_%s" % (d, d, r.randint(40000, 60000), g.hex(6, up=True), g.hex(4, up=True))
    def mapbox_pk():
        p = base64.urlsafe_b64encode(json.dumps({"u": "wxmaps" + g.s(3, DIG), "a": g.s(25, LOW + DIG)}, separators=(",", ":")).encode()).decode().rstrip("=")
        return "pk." + p + "." + g.s(22, ALNUM + "-_")
    return {
     "wmo_wigos_station_identifiers": [
      ("oscar_station_list_csv", lambda: "wigos_id,name,lat,lon,elev\n" + _rows(g, 3, lambda: "0-20000-0-%05d,%s,%.3f,%.3f,%d" % (r.randint(1000, 99999), r.choice(["Harbour Mast", "Ridge AWS", "Valley Farm", "Airport South"]), r.uniform(-60, 70), r.uniform(-170, 170), r.randint(0, 2500)))),
      ("synop_station_header_lines", lambda: "AAXX %02d%02d1\n%05d 41%03d %05d 10%03d 20%03d 3%04d=" % (r.randint(1, 28), r.randint(0, 23), r.randint(1000, 99999), r.randint(0, 999), r.randint(0, 99999), r.randint(0, 300), r.randint(0, 200), r.randint(9800, 10400)))],
     "metar_taf_bulletin_lines": [
      ("metar_report_feed_lines", lambda: _rows(g, 3, metar)),
      ("taf_bulletin_block", lambda: "TAF %s %02d1100Z %02d12/%02d18 %03d%02dKT 9999 SCT0%02d\n  TEMPO %02d14/%02d18 4000 SHRA BKN012=" % ((r.choice(ICAO_AP),) + (r.randint(1, 27),) * 3 + (r.randint(0, 35) * 10, r.randint(3, 20), r.randint(15, 45)) + (r.randint(1, 27),) * 2))],
     "cmip_tracking_ids_and_dataset_dois": [
      ("netcdf_global_attributes_dump", lambda: "// global attributes:\n  :tracking_id = \"hdl:21.14100/%s\" ;\n  :variant_label = \"r%di1p1f1\" ;\n  :further_info_url = \"https://furtherinfo.es-doc.org/CMIP6.%s\" ;" % (g.uuid4(), r.randint(1, 10), g.s(6, UP))),
      ("esgf_search_result_json", lambda: json.dumps({"id": "CMIP6.ScenarioMIP.%s.ssp245.r1i1p1f1.Amon.tas.gn.v2019%04d|esgf.example.org" % (g.s(5, UP), r.randint(101, 1231)), "citation_url": "https://doi.org/10.22033/ESGF/CMIP6.%d" % r.randint(1000, 15000), "instance_id_hash": md5()}))],
     "usgs_nwis_site_numbers_and_nws_lids": [
      ("nwis_rdb_site_table", lambda: "agency_cd\tsite_no\tstation_nm\n" + _rows(g, 3, lambda: "USGS\t%08d\t%s RIVER NEAR %s" % (r.randint(1000000, 99999999), r.choice(["GREEN", "SALT", "BIG SIOUX", "KAW"]), r.choice(["MILLTOWN", "AUSTIN", "LAKE CITY"])))),
      ("ahps_gauge_list_rows", lambda: _rows(g, 3, lambda: "%s%d | flood stage %.1f ft | action %.1f ft" % (g.s(4, UP), r.randint(1, 9), r.uniform(10, 30), r.uniform(5, 10))))],
     "nexrad_volume_object_keys": [
      ("nexrad_bucket_listing", lambda: _rows(g, 3, lambda: (lambda s, d: "%s/%s/%s/%s/%s%s_%02d%02d%02d_V06  %d" % (d[:4], d[4:6], d[6:], s, s, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(5000000, 20000000)))(r.choice(RADARS), dt()))),
      ("radar_ingest_log_lines", lambda: _rows(g, 2, lambda: "INFO ingest: fetched %s%s_%02d%02d%02d_V06 etag=\"%s\" vcp=%d" % (r.choice(RADARS), dt(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), md5(), r.choice([12, 35, 212, 215]))))],
     "satellite_granule_product_names": [
      ("goes_abi_file_listing", lambda: _rows(g, 3, goes)),
      ("sentinel_product_catalog_rows", lambda: _rows(g, 3, lambda: s1() + ".SAFE"))],
     "climate_file_sha256_and_md5_manifests": [
      ("cmip_sha256_checksum_file", lambda: _rows(g, 3, lambda: "%s  tas_Amon_%s_ssp585_r1i1p1f1_gn_%d01-%d12.nc" % (sha(), g.s(5, UP), r.randint(2015, 2090), r.randint(2030, 2100)))),
      ("grib_md5_sidecar_listing", lambda: _rows(g, 3, lambda: "MD5 (gfs.t%02dz.pgrb2.0p25.f%03d) = %s" % (r.choice([0, 6, 12, 18]), r.randint(0, 384), md5())))],
     "sdi12_sensor_frames_with_crc": [
      ("sdi12_logger_terminal_trace", lambda: "> %dCC!\n< %s\n" % (r.randint(0, 9), sdi()) + "> 1DC0!\n< " + sdi()),
      ("datalogger_raw_frame_csv", lambda: "ts,addr,frame\n" + _rows(g, 2, lambda: "2025-0%d-1%d 12:00,%d,%s" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), sdi())))],
     "lorawan_device_eui_identifiers": [
      ("lns_device_registry_csv", lambda: "dev_eui,join_eui,dev_addr,label\n" + _rows(g, 3, lambda: "%s,%s,%s,rg-%s" % (deveui(), g.hex(16, up=True), g.hex(8, up=True), g.s(3, DIG)))),
      ("gateway_uplink_json", lambda: json.dumps({"devEUI": deveui().lower(), "gatewayEUI": "B827EBFFFE" + g.hex(6, up=True), "fCnt": r.randint(1, 90000), "rssi": -r.randint(40, 120), "frmPayload": g.b64(8)}))],
     "embeddable_forecast_widget_public_ids": [
      ("forecast_widget_embed_html", lambda: "<div class=\"wx-widget\" data-public-widget-id=\"%s\" data-lat=\"%.2f\"></div>\n<script async src=\"https://widgets.example.com/embed.js\"></script>" % (g.uuid4(), r.uniform(-60, 60))),
      ("station_map_js_init", lambda: "// public map token, URL-restricted, safe in the browser\nmapboxgl.accessToken = '%s';" % mapbox_pk())],
     "masked_station_uploader_credentials": [
      ("station_settings_masked_form_dump", lambda: "Station ID: I%s%s\nUpload key: %s\nLast upload: OK" % (g.s(4, UP), g.s(3, DIG), "*" * r.randint(8, 16))),
      ("uploader_debug_log_redacted", lambda: "DEBUG POST /v2/obs secret=[REDACTED] token=****%s status=%d" % (g.s(4, LOW + DIG), r.choice([200, 201, 401])))],
     "forecast_api_quickstart_placeholders": [
      ("weather_api_env_example", lambda: "# copy to .env and fill in\nFORECAST_API_KEY=<your-%s-api-key>\nRADAR_SECRET=%s" % (r.choice(["forecast", "weather", "provider"]), r.choice(["changeme", "xxxxxxxxxxxxxxxx", "REPLACE_ME"]))),
      ("forecast_curl_doc_template", lambda: "curl 'https://api.example.com/v%d/forecast?lat={lat}&lon={lon}&key=YOUR_API_KEY'" % r.randint(1, 4))],
     "hpc_job_secret_store_references": [
      ("slurm_job_vault_lookup_script", lambda: "#SBATCH --job-name=fetch_%s\nexport FEED_SECRET=$(vault kv get -field=secret kv/wx/%s)\n" % (g.s(4, LOW), g.s(6, LOW))),
      ("k8s_secretkeyref_env_manifest", lambda: "env:\n  - name: FEED_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: wx-%s\n        key: feed-secret" % g.s(5, LOW))],
     "ansible_vault_and_gpg_ciphertexts": [
      ("ansible_vault_encrypted_var", lambda: "station_feed_secret: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("  " + g.hex(80) for _ in range(3))),
      ("gpg_armored_message_block", lambda: "-----BEGIN PGP MESSAGE-----\n\nhQGMA" + g.b64(45) + "\n" + g.b64(48) + "\n=" + g.b64(3) + "\n-----END PGP MESSAGE-----")],
     "station_owner_password_talk_without_value": [
      ("volunteer_network_password_policy_memo", lambda: "Memo %d: station uploader passwords must be at least %d characters, rotated every %d days and kept in the network's vault, never in e-mail." % (r.randint(1, 99), r.choice([12, 14, 16]), r.choice([90, 180]))),
      ("flood_desk_chat_reset_request", lambda: "%s: forgot the gauge portal password again, can someone trigger a reset? I'll pick the new one myself." % g.user())],
     "forecast_api_request_ids_and_etags": [
      ("http_response_headers_dump", lambda: "HTTP/1.1 200 OK\nX-Request-Id: %s\nETag: W/\"%s\"\ntraceparent: 00-%s-%s-01" % (g.uuid4(), g.hex(32), g.hex(32), g.hex(16))),
      ("api_gateway_access_log_lines", lambda: _rows(g, 2, lambda: "203.0.113.%d - - \"GET /v1/forecast HTTP/2\" 200 req_id=%s cache_key=%s" % (r.randint(1, 254), g.s(20, ALNUM), sha()[:40])))],
    }

WRAPPERS = [None, ("flood_desk_chat", "Pasted in #flood-desk by {u}:\n{t}\n(just ids and hashes, nothing secret)"),
            ("met_it_ticket", "MET-IT-{n} · attachment excerpt\n{t}"),
            ("climate_dev_forum_post", "Q: is this safe to share publicly?\n```\n{t}\n```"),
            ("hpc_runbook_page", "Runbook step {n2}: compare with\n{t}"),
            ("station_firmware_release_notes", "Release notes v{n2}.0 - example output:\n{t}")]

def build(rng):
    g = Gen(rng)
    classes = C(g)
    out = []
    for cls, kinds in classes.items():
        for kind, mk in kinds:
            for w in WRAPPERS:
                t = mk()
                if w is None:
                    out.append({"id": "", "class": cls, "container": kind, "text": t, "source": "negative"})
                else:
                    out.append({"id": "", "class": cls, "container": kind + "__in_" + w[0],
                                "text": w[1].format(t=t, u=g.user(), n=g.s(5, DIG), n2=g.r.randint(2, 9)), "source": "negative"})
    return out, list(classes), [k for ks in classes.values() for k, _ in ks], ["in_" + w[0] for w in WRAPPERS if w]
