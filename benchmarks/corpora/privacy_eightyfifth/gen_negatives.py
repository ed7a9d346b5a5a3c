"""Hard negatives from the GIS world: look like secrets, are not."""
import base64, hashlib, hmac, json, random, struct
from common import *

UP = string.ascii_uppercase + string.digits


def wkb_point(r):
    return struct.pack("<BIdd", 1, 1, r.uniform(-180, 180), r.uniform(-85, 85)).hex().upper()


def geohash_cell(r):
    return rs(r, "0123456789bcdefghjkmnpqrstuvwxyz", 10)


def h3(r):
    return "8" + r.choice("9a") + hexs(r, 10) + "fffff"


def pk_mapbox(r):
    p = b64u(('{"u":"%s","a":"%s"}' % (rs(r, LOWALNUM, 8), rs(r, LOWALNUM + "-", 25))).encode())
    return "pk." + p + "." + rs(r, B64URL, 22)


BASE = {
 # class: browser_map_sdk_public_token
 "mapbox_gl_js_public_pk_token_init": ("browser_map_sdk_public_token", lambda r: "mapboxgl.accessToken = '%s'; // public pk. token, URL-restricted to *.survey.example\nconst map = new mapboxgl.Map({container: 'map', style: 'mapbox://styles/mapbox/outdoors-v12'});" % pk_mapbox(r)),
 "maptiler_style_url_public_key": ("browser_map_sdk_public_token", lambda r: "const style = 'https://api.maptiler.com/maps/streets-v2/style.json?key=%s'; // client key, domain-locked" % rs(r, ALNUM, 20)),
 # class: geometry_encoding_blob
 "postgis_wkb_hex_query_output": ("geometry_encoding_blob", lambda r: " gid |                      geom\n-----+--------------------------------------------\n %d | %s\n %d | %s\n(2 rows)" % (r.randint(1, 999), wkb_point(r), r.randint(1, 999), wkb_point(r))),
 "encoded_polyline_route_response": ("geometry_encoding_blob", lambda r: '{"routes": [{"overview_polyline": {"points": "%s"}, "distance": %d}]}' % (rs(r, "".join(chr(c) for c in range(63, 127) if chr(c) not in "\\`"), 48), r.randint(1000, 90000))),
 # class: tile_and_cell_index_identifier
 "h3_cell_index_csv_column": ("tile_and_cell_index_identifier", lambda r: "h3_index,count\n%s,%d\n%s,%d\n%s,%d" % (h3(r), r.randint(1, 99), h3(r), r.randint(1, 99), h3(r), r.randint(1, 99))),
 "bing_quadkey_tile_cache_paths": ("tile_and_cell_index_identifier", lambda r: "\n".join("cache/aerial/%s.jpeg" % rs(r, "0123", r.randint(14, 18)) for _ in range(3))),
 # class: arcgis_portal_item_identifier
 "arcgis_webmap_item_id_url": ("arcgis_portal_item_identifier", lambda r: "https://www.arcgis.com/home/webmap/viewer.html?webmap=%s  (item id, public web map)" % hexs(r, 32)),
 "arcgis_layer_item_json_ids": ("arcgis_portal_item_identifier", lambda r: '{"id": "%s", "owner": "%s", "type": "Feature Service", "url": "https://services%d.arcgis.com/%s/arcgis/rest/services/Hydrants/FeatureServer"}' % (hexs(r, 32), r.choice(USERS), r.randint(1, 9), rs(r, ALNUM, 16))),
 # class: earth_observation_scene_name
 "sentinel2_product_identifier_list": ("earth_observation_scene_name", lambda r: "\n".join("S2%s_MSIL2A_2024%02d%02dT1%05d_N05%02d_R%03d_T%02d%s_2024%02d%02dT1%05d" % (r.choice("AB"), r.randint(1, 12), r.randint(1, 28), r.randint(0, 99999), r.randint(0, 99), r.randint(1, 143), r.randint(10, 60), rs(r, "CDEFGHJKLMNPQRSTUVWX", 3), r.randint(1, 12), r.randint(1, 28), r.randint(0, 99999)) for _ in range(3))),
 "stac_item_ids_search_result": ("earth_observation_scene_name", lambda r: json.dumps({"type": "FeatureCollection", "features": [{"id": "%s_%s" % (r.choice(["20240612_101522", "20240701_093011"]), hexs(r, 4)), "collection": "psscene", "assets": {"ortho": {"file:checksum": "1220" + hexs(r, 64)}}} for _ in range(2)]})),
 # class: raster_delivery_checksum
 "safe_manifest_md5_checksums": ("raster_delivery_checksum", lambda r: '<byteStream mimeType="application/octet-stream" size="%d">\n  <fileLocation locatorType="URL" href="./GRANULE/IMG_DATA/B04.jp2"/>\n  <checksum checksumName="MD5">%s</checksum>\n</byteStream>' % (r.randint(10**6, 10**8), hexs(r, 32).upper())),
 "lidar_delivery_sha256sums": ("raster_delivery_checksum", lambda r: "\n".join("%s  tile_%d_%d.laz" % (hexs(r, 64), r.randint(300, 700), r.randint(5000, 6000)) for _ in range(3))),
 # class: map_sdk_setup_placeholder
 "arcgis_maps_sdk_angle_placeholder": ("map_sdk_setup_placeholder", lambda r: 'esriConfig.apiKey = "<YOUR_ARCGIS_API_KEY>"; // replace before running sample %d' % r.randint(1, 99)),
 "geo_dotenv_example_template": ("map_sdk_setup_placeholder", lambda r: "# .env.example\nHERE_API_KEY=your-here-api-key\nPL_API_KEY=changeme-planet-key\nEARTHDATA_PASSWORD=${EARTHDATA_PASSWORD}\nPOSTGIS_ROLE_PASSWORD=xxxxxxxxxxxxxxxx\n"),
 # class: masked_developer_dashboard_key
 "arcgis_location_platform_masked_key": ("masked_developer_dashboard_key", lambda r: "API key credentials\n  Name: parcel-viewer\n  Key: AAPK%s••••••••••••••••%s\n  Created: 2024-%02d-%02d" % (hexs(r, 4), rs(r, ALNUM, 4), r.randint(1, 12), r.randint(1, 28))),
 "planet_account_key_last_four": ("masked_developer_dashboard_key", lambda r: "Your API key ends in …%s. Regenerate it from Account settings if it leaked." % hexs(r, 4)),
 # class: geoserver_encoded_password_field
 "geoserver_users_xml_digest1_entries": ("geoserver_encoded_password_field", lambda r: '<user enabled="true" name="%s" password="digest1:%s"/>' % (r.choice(USERS), base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode())),
 "geoserver_crypt2_datastore_passwd": ("geoserver_encoded_password_field", lambda r: '<entry key="passwd">crypt2:%s</entry>' % base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()),
 # class: jasypt_or_vault_wrapped_value
 # class: gis_auth_store_reference
 "qgis_authcfg_datasource_reference": ("gis_auth_store_reference", lambda r: "<datasource>dbname='gis' host=%s port=5432 authcfg=%s sslmode=require table=\"public\".\"parcels\"</datasource>" % (r.choice(HOSTS), rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 7))),
 "geoserver_env_parametrization_ref": ("gis_auth_store_reference", lambda r: '<entry key="passwd">${%s}</entry>  <!-- resolved from env at startup -->' % r.choice(["POSTGIS_PASSWORD", "GS_DB_PASS", "CADASTRE_DB_PASSWORD"])),
 # class: gnss_and_receiver_data_line
 "nmea_gga_sentences_with_checksum": ("gnss_and_receiver_data_line", lambda r: "\n".join("$GPGGA,%02d%02d%02d.00,%04d.%05d,N,%05d.%05d,E,4,%02d,0.8,%d.%d,M,47.0,M,1.0,0000*%02X" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(4000, 5900), r.randint(0, 99999), r.randint(0, 1800), r.randint(0, 99999), r.randint(5, 20), r.randint(10, 500), r.randint(0, 9), r.randint(0, 255)) for _ in range(3))),
 "rtcm_receiver_serial_status": ("gnss_and_receiver_data_line", lambda r: "Receiver: %s  S/N %s  FW %d.%02d\nRTCM3 msgs: 1005 1077 1087 1097 1127  station id %d" % (r.choice(["Trimble R12i", "Leica GS18", "Septentrio mosaic"]), rs(r, UP, 12), r.randint(4, 9), r.randint(0, 99), r.randint(0, 4095))),
 # class: drone_hardware_serial_identifier
 "dji_aircraft_serial_inventory": ("drone_hardware_serial_identifier", lambda r: "fleet inventory\n- M30T  SN %s\n- M3E   SN %s\n- RC    SN %s" % (rs(r, UP, 14), rs(r, UP, 14), rs(r, UP, 14))),
 "remote_id_broadcast_record": ("drone_hardware_serial_identifier", lambda r: "RID UAS ID: %s  (ANSI/CTA-2063 serial)  op_lat=%d.%05d op_lon=%d.%05d" % ("1581F" + rs(r, UP, 15), r.randint(40, 55), r.randint(0, 99999), r.randint(1, 20), r.randint(0, 99999))),
 # class: oauth_public_client_identifier
 "arcgis_oauth_client_id_config": ("oauth_public_client_identifier", lambda r: "const info = new OAuthInfo({appId: '%s', popup: true}); // client id only, PKCE flow" % rs(r, ALNUM, 16)),
 "sentinel_hub_client_id_line": ("oauth_public_client_identifier", lambda r: "sh_client_id = %s   # the id is not secret; the secret lives in the keyring" % uid(r)),
 # class: qgis_project_internal_layer_id
 # class: credential_rotation_prose_no_value
 "gis_team_rotation_policy_paragraph": ("credential_rotation_prose_no_value", lambda r: "GeoServer admin and PostGIS role passwords are rotated every %d days. Never store them in .qgs files; use the QGIS authentication database and a master password that only lives in your head." % r.choice([30, 60, 90])),
 "field_crew_reset_instructions": ("credential_rotation_prose_no_value", lambda r: "If the tablet asks for the QField cloud password again, do not type it in the notes field. Call the GIS desk on ext. %d and we will reset it." % r.randint(200, 899)),
 # class: tile_cache_busting_hash
 "vector_tile_style_sprite_hashes": ("tile_cache_busting_hash", lambda r: '{"sprite": "https://tiles.example/sprites/base@%s", "glyphs": "https://tiles.example/fonts/{fontstack}/{range}.pbf?v=%s"}' % (hexs(r, 12), hexs(r, 20))),
 "tile_response_etag_headers": ("tile_cache_busting_hash", lambda r: 'HTTP/2 200\ncontent-type: application/vnd.mapbox-vector-tile\netag: "%s"\nx-cache: HIT' % hexs(r, 40)),
}

WRAPPERS = ["", "__in_gis_stackexchange_answer", "__in_qgis_plugin_issue", "__in_field_ops_wiki_page",
            "__in_geoserver_mailing_list_post", "__in_survey_job_report"]
WRAP_TEXT = {
 "__in_gis_stackexchange_answer": "Answer (score %d):\n\n%s\n\nThat value is fine to post.",
 "__in_qgis_plugin_issue": "### Steps to reproduce (issue #%d)\n\n```\n%s\n```",
 "__in_field_ops_wiki_page": "== Reference (rev %d) ==\n%s\n",
 "__in_geoserver_mailing_list_post": "On list post %d, someone wrote:\n> %s\n",
 "__in_survey_job_report": "Job report %d, appendix C:\n%s\n",
}


def jwt_io_example():
    h = b64u(b'{"alg":"HS256","typ":"JWT"}')
    p = b64u(b'{"sub":"1234567890","name":"John Doe","iat":1516239022}')
    sig = b64u(hmac.new(b"your-256-bit-secret", (h + "." + p).encode(), hashlib.sha256).digest())
    return h + "." + p + "." + sig


JWT_IO_PUBLISHED = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

DOCS = {
 "aws_example_keys_in_gdal_vsis3_guide": lambda: "GDAL docs style example for /vsis3/:\n  AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n  AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n(these are the AWS documentation example values)",
 "jwt_io_token_in_tileserver_auth_tutorial": lambda: "Tile server auth tutorial: paste the jwt.io sample token\n  Authorization: Bearer %s\nand you get 401 because the secret differs." % jwt_io_example(),
 "sha256_empty_in_cog_validation_log": lambda: "validate_cog: empty overview file, sha256=%s (the digest of zero bytes)" % hashlib.sha256(b"").hexdigest(),
 "wgs84_epsg_wkt_in_crs_docs": lambda: 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]',
 "osm_api_changeset_example_xml": lambda: '<osm version="0.6" generator="JOSM"><changeset><tag k="created_by" v="JOSM/1.5"/><tag k="comment" v="Adding a bench"/></changeset></osm>',
}


def build(seed=8506):
    r = random.Random(seed)
    out = []
    for kind in sorted(BASE):
        cls, fn = BASE[kind]
        for w in WRAPPERS:
            body = fn(r)
            text = body if not w else WRAP_TEXT[w] % (r.randint(10, 9999), body)
            out.append({"class": cls, "container": kind + w, "text": text})
    for kind in sorted(DOCS):
        out.append({"class": "published_geo_documentation_value", "container": kind, "text": DOCS[kind]()})
    return out
