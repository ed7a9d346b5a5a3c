"""Everyday records: 45 GIS container kinds x 4, 16 new span types."""
import random
from common import *

S = SLOT


def arcgis_key(r):
    return "AAPK" + hexs(r, 32) + rs(r, B64URL, 64)


def mapbox_sk(r):
    p = b64u(('{"u":"%s","a":"%s"}' % (rs(r, LOWALNUM, 8), rs(r, LOWALNUM + "-", 25))).encode())
    return "sk." + p + "." + rs(r, B64URL, 22)


TYPES = {
    "postgis_role_password": (owner_pw, "POSTGIS_ROLE_PASSWORD"),
    "geoserver_admin_password": (owner_pw, "GEOSERVER_ADMIN_PASSWORD"),
    "earthdata_login_password": (owner_pw, "EARTHDATA_PASSWORD"),
    "sde_geodatabase_password": (owner_pw, "SDE_GDB_PASSWORD"),
    "survey_sftp_password": (owner_pw, "SURVEY_SFTP_PASSWORD"),
    "arcgis_location_api_key": (arcgis_key, "ARCGIS_API_KEY"),
    "mapbox_tileset_upload_token": (mapbox_sk, "MAPBOX_UPLOAD_TOKEN"),
    "imagery_bucket_secret_key": (aws_secret, "IMAGERY_AWS_SECRET_ACCESS_KEY"),
    "tileserver_jwt_hmac_secret": (lambda r: rs(r, B64URL, 48), "TILESERVER_JWT_SECRET"),
    "gis_ci_github_token": (github_token, "GIS_CI_GITHUB_TOKEN"),
    "field_alert_slack_bot_token": (lambda r: "xoxb-%d-%d-%s" % (r.randint(10**10, 10**11), r.randint(10**12, 10**13), rs(r, ALNUM, 24)), "FIELD_ALERT_SLACK_TOKEN"),
    "geocoder_backend_api_key": (lambda r: hexs(r, 32), "GEOCODER_API_KEY"),
    "satellite_tasking_client_secret": (lambda r: rs(r, B64URL, 40), "TASKING_CLIENT_SECRET"),
    "drone_fleet_api_token": (lambda r: "dfa_" + rs(r, ALNUM, 40), "DRONE_FLEET_API_TOKEN"),
    "osm_oauth2_bearer_token": (lambda r: rs(r, B64URL, 43), "OSM_OAUTH2_TOKEN"),
    "tile_cdn_url_signing_key": (lambda r: hexs(r, 64), "TILE_CDN_SIGNING_KEY"),
}


def lk(K):
    return K.lower()


def H(r):
    return r.choice(HOSTS)


def U(r):
    return r.choice(USERS)


# each: f(K, r) -> template with SLOT
KINDS = {
 "qgis_qgs_project_layer_datasource": lambda K, r: '<maplayer type="vector">\n  <id>parcels_%s</id>\n  <datasource>dbname=\'gis\' host=%s port=5432 sslmode=require table="public"."parcels" (geom)</datasource>\n  <customproperties><property key="%s" value="%s"/></customproperties>\n</maplayer>' % (hexs(r, 8), H(r), lk(K), S),
 "pg_service_conf_section": lambda K, r: "# ~/.pg_service.conf\n[gis_prod]\nhost=%s\ndbname=gis\nuser=%s\n# %s for the nightly QGIS refresh\n%s=%s\n" % (H(r), U(r), K, lk(K), S),
 "geoserver_datastore_xml": lambda K, r: "<dataStore>\n  <name>cadastre</name>\n  <connectionParameters>\n    <entry key=\"host\">%s</entry>\n    <entry key=\"%s\">%s</entry>\n  </connectionParameters>\n</dataStore>" % (H(r), lk(K), S),
 "mapserver_mapfile_metadata_block": lambda K, r: 'MAP\n  NAME "hydro"\n  WEB\n    METADATA\n      "wms_title" "Hydrography"\n      "%s" "%s"\n    END\n  END\nEND' % (lk(K), S),
 "mapproxy_yaml_sources": lambda K, r: "sources:\n  ortho_wms:\n    type: wms\n    req:\n      url: https://%s/wms\n      layers: ortho2024\n    http:\n      headers:\n        X-%s: %s\n" % (H(r), K.replace("_", "-").title(), S),
 "tegola_config_toml_provider": lambda K, r: '[[providers]]\nname = "osm"\ntype = "mvt_postgis"\nhost = "%s"\n%s = "%s"\n' % (H(r), lk(K), S),
 "martin_tile_server_yaml": lambda K, r: "listen_addresses: '0.0.0.0:3000'\npostgres:\n  connection_string: postgresql://%s@%s/tiles\n  # %s\n  %s: %s\n" % (U(r), H(r), K, lk(K), S),
 "pg_tileserv_toml_config": lambda K, r: '# pg_tileserv.toml\nHttpHost = "0.0.0.0"\nDefaultMaxFeatures = 10000\n%s = "%s"\n' % (K.title().replace("_", ""), S),
 "ogr2ogr_bash_history_excerpt": lambda K, r: " 1201  export %s='%s'\n 1202  ogr2ogr -f GPKG roads.gpkg PG:\"dbname=gis host=%s\" roads\n 1203  history | tail" % (K, S, H(r)),
 "gdal_vsis3_env_exports": lambda K, r: "export AWS_S3_ENDPOINT=%s\nexport AWS_VIRTUAL_HOSTING=FALSE\nexport %s=%s\ngdalinfo /vsis3/ortho/2024/tile_%d.tif\n" % (H(r), K, S, r.randint(100, 999)),
 "rasterio_env_python_script": lambda K, r: 'import rasterio\nfrom rasterio.session import AWSSession\n\n%s = "%s"\nwith rasterio.Env(AWSSession()):\n    with rasterio.open("s3://ortho/2024/%d.tif") as src:\n        print(src.profile)\n' % (K, S, r.randint(1000, 9999)),
 "arcpy_python_toolbox_source": lambda K, r: 'import arcpy\n\nclass Toolbox(object):\n    def __init__(self):\n        self.label = "Parcel sync"\n        self.%s = "%s"  # TODO move to keyring\n' % (lk(K), S),
 "arcgis_notebook_gis_login_cell": lambda K, r: '{"cell_type": "code", "source": ["from arcgis.gis import GIS\\n", "%s = \\"%s\\"\\n", "gis = GIS(\\"https://%s/portal\\")"]}' % (K, S, H(r)),
 "arcgis_pro_project_notes_md": lambda K, r: "## Enterprise geodatabase connection (ArcGIS Pro)\n- instance: %s,1433\n- user: %s\n- %s: %s\n- authentication: database\n" % (H(r), U(r), lk(K), S),
 "experience_builder_config_json": lambda K, r: '{\n  "attributes": {"portalUrl": "https://%s/portal"},\n  "customSettings": {"%s": "%s"}\n}' % (H(r), lk(K), S),
 "leaflet_map_init_script": lambda K, r: "const map = L.map('map').setView([%d.%d, %d.%d], 12);\n// server-side proxy config pasted here by mistake\nconst %s = '%s';\nL.tileLayer('/tiles/{z}/{x}/{y}.png').addTo(map);\n" % (r.randint(10, 60), r.randint(0, 999), r.randint(-20, 40), r.randint(0, 999), K, S),
 "openlayers_source_config_js": lambda K, r: "import XYZ from 'ol/source/XYZ';\nexport const config = {\n  url: 'https://%s/xyz/{z}/{x}/{y}.pbf',\n  %s: '%s',\n};\n" % (H(r), lk(K), S),
 "maplibre_style_json_metadata": lambda K, r: '{\n  "version": 8,\n  "name": "survey-base",\n  "metadata": {"build:%s": "%s"},\n  "sources": {}\n}' % (lk(K), S),
 "deckgl_layer_setup_tsx": lambda K, r: "import {MVTLayer} from '@deck.gl/geo-layers';\n\nconst %s = \"%s\";\nexport const layer = new MVTLayer({id: 'parcels', data: '/mvt/{z}/{x}/{y}'});\n" % (K, S),
 "cesium_viewer_init_module": lambda K, r: "import * as Cesium from 'cesium';\n// backend copy of the module\nprocess.env.%s = '%s';\nconst viewer = new Cesium.Viewer('cesiumContainer');\n" % (K, S),
 "osmium_pipeline_makefile": lambda K, r: "%s := %s\n\nextract.osm.pbf:\n\tosmium extract -b %d.1,%d.2,%d.3,%d.4 planet.osm.pbf -o $@\n" % (K, S, r.randint(1, 9), r.randint(40, 50), r.randint(1, 9), r.randint(50, 60)),
 "osm2pgsql_flex_lua_config": lambda K, r: "-- flex style for the city import\nlocal %s = '%s'\nlocal tables = {}\ntables.roads = osm2pgsql.define_way_table('roads', {{ column = 'name', type = 'text' }})\n" % (lk(K), S),
 "overpass_query_python_script": lambda K, r: 'import requests\nQUERY = "[out:json];node[amenity=drinking_water](%d.1,%d.2,%d.3,%d.4);out;"\n%s = "%s"\nresp = requests.post("https://%s/api/interpreter", data={"data": QUERY})\n' % (r.randint(40, 50), r.randint(1, 9), r.randint(40, 50), r.randint(1, 9), K, S, H(r)),
 "josm_preferences_xml": lambda K, r: "<preferences xmlns=\"http://josm.openstreetmap.de/preferences-1.0\" version=\"%d\">\n  <tag key=\"imagery.layers.default\" value=\"Bing\"/>\n  <tag key=\"%s\" value=\"%s\"/>\n</preferences>" % (r.randint(18000, 19000), lk(K).replace("_", "."), S),
 "imposm3_config_json": lambda K, r: '{\n  "cachedir": "/var/cache/imposm",\n  "connection": "postgis://%s/osm",\n  "mapping": "mapping.yml",\n  "%s": "%s"\n}' % (H(r), lk(K), S),
 "nominatim_project_dotenv": lambda K, r: "NOMINATIM_DATABASE_DSN=pgsql:dbname=nominatim\nNOMINATIM_IMPORT_STYLE=extratags\n%s=%s\n" % (K, S),
 "opendronemap_task_options_json": lambda K, r: '[{"name": "dsm", "value": true}, {"name": "orthophoto-resolution", "value": %d}, {"name": "%s", "value": "%s"}]' % (r.randint(2, 9), lk(K), S),
 "webodm_compose_env_block": lambda K, r: "services:\n  webapp:\n    image: opendronemap/webodm_webapp\n    environment:\n      - WO_HOST=%s\n      - %s=%s\n" % (H(r), K, S),
 "pix4d_processing_log_excerpt": lambda K, r: "[%02d:%02d:%02d] Step 1. Initial Processing\n[%02d:%02d:%02d] upload config: %s=%s\n[%02d:%02d:%02d] Matching 412 images\n" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), K, S, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
 "dji_flight_log_export_csv": lambda K, r: "CUSTOM.date,CUSTOM.updateTime,OSD.latitude,OSD.longitude,APP.tip\n%d/%d/2024,%d:%02d:%02d,%d.%06d,%d.%06d,\"sync %s=%s\"\n" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(40, 50), r.randint(0, 999999), r.randint(1, 9), r.randint(0, 999999), lk(K), S),
 "sentinelhub_config_toml": lambda K, r: '[default-profile]\nsh_base_url = "https://services.sentinel-hub.com"\n%s = "%s"\n' % (lk(K), S),
 "stac_browser_config_js": lambda K, r: "module.exports = {\n  catalogUrl: 'https://%s/stac/',\n  %s: '%s',\n  allowExternalAccess: false,\n};\n" % (H(r), lk(K), S),
 "titiler_lambda_env_json": lambda K, r: '{"Variables": {"CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".tif,.TIF", "GDAL_CACHEMAX": "200", "%s": "%s"}}' % (K, S),
 "earthengine_colab_auth_cell": lambda K, r: "# Colab cell 3\nimport ee, os\nos.environ['%s'] = '%s'\nee.Initialize(project='%s-gee')\n" % (K, S, rs(r, "abcdefghijklmnopqrstuvwxyz", 6)),
 "pdal_pipeline_json_reader": lambda K, r: '{\n  "pipeline": [\n    {"type": "readers.ept", "filename": "https://%s/ept.json", "header": "%s: %s"},\n    {"type": "writers.las", "filename": "out.laz"}\n  ]\n}' % (H(r), K.replace("_", "-"), S),
 "geonode_local_settings_py": lambda K, r: "from geonode.settings import *\n\nSITEURL = 'https://%s/'\n%s = '%s'\n" % (H(r), K, S),
 "ckan_ini_spatial_section": lambda K, r: "[app:main]\nckan.plugins = spatial_metadata spatial_query\nckanext.spatial.search_backend = solr\nckanext.geo.%s = %s\n" % (lk(K), S),
 "geopandas_notebook_cell_output": lambda K, r: ">>> import os\n>>> os.environ['%s']\n'%s'\n>>> gdf = gpd.read_file('parcels.gpkg')\n" % (K, S),
 "airflow_geo_etl_dag_source": lambda K, r: 'from airflow import DAG\n\nDEFAULT_ARGS = {"owner": "gis"}\n%s = "%s"  # shapely / fiona ETL\nwith DAG("parcel_etl", default_args=DEFAULT_ARGS) as dag:\n    pass\n' % (K, S),
 "total_station_job_notes_txt": lambda K, r: "JOB %s-%d  INSTR TS16  OPERATOR %s\nBS 1001  HT 1.520\nupload to office server, %s %s\n" % (rs(r, "ABCDEFGHJKLMNP", 3), r.randint(100, 999), U(r), lk(K), S),
 "rtklib_rtkrcv_conf": lambda K, r: "# rtkrcv.conf\npos1-posmode     =kinematic\ninpstr1-type     =ntripcli\nmisc-%s =%s\n" % (lk(K).replace("_", ""), S),
 "kepler_gl_saved_map_json": lambda K, r: '{"version": "v1", "config": {"visState": {"layers": []}, "mapStyle": {"styleType": "dark"}}, "info": {"%s": "%s"}}' % (lk(K), S),
 "tippecanoe_build_script_sh": lambda K, r: "#!/bin/sh\nset -e\n%s=\"%s\"\ntippecanoe -o parcels.mbtiles -zg --drop-densest-as-needed parcels.geojson\n" % (K, S),
 "gis_stackexchange_question_body": lambda K, r: "GeoServer WMS returns 401 from QGIS but works in the browser. My env:\n\n    %s=%s\n    GEOSERVER_URL=https://%s/geoserver\n\nWhat am I missing?" % (K, S, H(r)),
 "qfield_cloud_project_yaml": lambda K, r: "project: field-inspection-%d\nsync:\n  server: https://%s\n  %s: %s\n" % (r.randint(10, 99), H(r), lk(K), S),
}


def generate(seed=8501):
    r = random.Random(seed)
    reg = r  # values drawn via REG passed from build
    return r


def build(reg, seed=8501):
    r = random.Random(seed)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    out = []
    for kind in sorted(KINDS):
        chosen = []
        for _ in range(4):
            cands = sorted((use[t], r.random(), t) for t in types if t not in chosen)
            t = cands[0][2]
            chosen.append(t)
            use[t] += 1
            fn, K = TYPES[t]
            v = reg.new(fn, r)
            out.append(("everyday", t, kind, KINDS[kind](K, r), v))
    return out
