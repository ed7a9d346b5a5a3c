"""Vendor token types, one record each, 12 geo-world styles cycled."""
import random, base64, json
from common import *

S = SLOT
UP = string.ascii_uppercase + string.digits


def jw(payload_fn):
    return lambda r: jwt(r, payload_fn(r))


V = [
 # --- mapping, geocoding, routing ---
 ("esri_arcgis_developer_api_key", "ARCGIS_API_KEY", lambda r: "AAPK" + hexs(r, 32) + rs(r, B64URL, 64)),
 ("esri_arcgis_access_token_aapt", "ARCGIS_ACCESS_TOKEN", lambda r: "AAPT" + rs(r, B64URL, 120)),
 ("arcgis_online_oauth_app_secret", "ARCGIS_CLIENT_SECRET", lambda r: hexs(r, 32)),
 ("arcgis_enterprise_generated_token", "PORTAL_TOKEN", lambda r: rs(r, B64URL, 86) + ".."),
 ("mapbox_secret_scope_sk_token", "MAPBOX_SECRET_TOKEN", lambda r: "sk." + b64u(('{"u":"%s","a":"%s"}' % (rs(r, LOWALNUM, 9), rs(r, LOWALNUM, 25))).encode()) + "." + rs(r, B64URL, 22)),
 ("here_platform_rest_api_key", "HERE_API_KEY", lambda r: rs(r, B64URL, 43)),
 ("here_oauth_access_key_secret", "here.access.key.secret", lambda r: rs(r, B64URL, 86)),
 ("tomtom_maps_server_api_key", "TOMTOM_API_KEY", lambda r: rs(r, ALNUM, 32)),
 ("google_maps_platform_server_key", "GOOGLE_MAPS_SERVER_KEY", lambda r: "AIza" + rs(r, B64URL, 35)),
 ("maptiler_service_credentials_token", "MAPTILER_SERVICE_TOKEN", lambda r: hexs(r, 32) + "_" + hexs(r, 64)),
 ("opencage_geocoding_api_key", "OPENCAGE_API_KEY", lambda r: hexs(r, 32)),
 ("positionstack_access_key", "POSITIONSTACK_ACCESS_KEY", lambda r: hexs(r, 32)),
 ("geocodio_api_key", "GEOCODIO_API_KEY", lambda r: hexs(r, 39)),
 ("smarty_auth_token", "SMARTY_AUTH_TOKEN", lambda r: rs(r, ALNUM, 20)),
 ("what3words_api_key", "W3W_API_KEY", lambda r: rs(r, UP, 8)),
 ("radar_live_secret_key", "RADAR_SECRET_KEY", lambda r: "prj_live_sk_" + hexs(r, 40)),
 ("foursquare_places_api_key", "FSQ_API_KEY", lambda r: "fsq3" + rs(r, B64, 44)),
 ("openrouteservice_api_key", "ORS_API_KEY", lambda r: "5b3ce3597851110001cf6248" + hexs(r, 32)),
 ("graphhopper_routing_api_key", "GRAPHHOPPER_KEY", lambda r: uid(r)),
 ("traveltime_api_key", "TRAVELTIME_API_KEY", lambda r: hexs(r, 32)),
 ("mapquest_consumer_secret", "MAPQUEST_SECRET", lambda r: rs(r, ALNUM, 16)),
 ("azure_maps_shared_key", "AZURE_MAPS_KEY", lambda r: rs(r, B64URL, 43)),
 ("ipinfo_access_token", "IPINFO_TOKEN", lambda r: hexs(r, 14)),
 ("ipgeolocation_io_api_key", "IPGEO_API_KEY", lambda r: hexs(r, 32)),
 ("carto_api_access_token", "CARTO_API_TOKEN", jw(lambda r: {"a": "ac_" + rs(r, LOWALNUM, 8), "jti": hexs(r, 8)})),
 ("felt_api_token", "FELT_API_TOKEN", lambda r: "felt_pat_" + rs(r, B64URL, 43)),
 ("mapillary_user_access_token", "MAPILLARY_TOKEN", lambda r: "MLYAR" + rs(r, ALNUM, 160)),
 ("cesium_ion_access_token", "CESIUM_ION_TOKEN", jw(lambda r: {"jti": uid(r), "id": r.randint(100000, 999999), "iat": r.randint(1690000000, 1730000000)})),
 ("regrid_parcel_api_token", "REGRID_TOKEN", jw(lambda r: {"iss": "regrid.com", "sub": str(r.randint(10000, 99999))})),
 ("attom_property_api_key", "ATTOM_API_KEY", lambda r: hexs(r, 32)),
 ("nearmap_api_key", "NEARMAP_API_KEY", lambda r: rs(r, B64, 52)),
 ("eagleview_client_secret", "EAGLEVIEW_CLIENT_SECRET", lambda r: rs(r, ALNUM, 48)),
 ("precisely_api_secret", "PRECISELY_SECRET", lambda r: rs(r, ALNUM, 16)),
 ("qfieldcloud_api_token", "QFIELDCLOUD_TOKEN", lambda r: hexs(r, 40)),
 ("geoapify_server_api_key", "GEOAPIFY_KEY", lambda r: hexs(r, 32)),
 ("locationiq_private_token", "LOCATIONIQ_TOKEN", lambda r: "pk." + hexs(r, 32)),
 ("trimble_connect_client_secret", "TRIMBLE_CLIENT_SECRET", lambda r: hexs(r, 32)),
 ("bentley_itwin_client_secret", "ITWIN_CLIENT_SECRET", lambda r: rs(r, B64URL, 64)),
 ("autodesk_aps_client_secret", "APS_CLIENT_SECRET", lambda r: rs(r, ALNUM, 16)),
 ("safe_fme_flow_api_token", "FME_FLOW_TOKEN", lambda r: hexs(r, 40)),
 # --- earth observation / imagery ---
 ("planet_labs_api_key", "PL_API_KEY", lambda r: "PLAK" + hexs(r, 32)),
 ("sentinel_hub_oauth_client_secret", "SH_CLIENT_SECRET", lambda r: rs(r, ALNUM + "!#%&", 40)),
 ("copernicus_dataspace_refresh_token", "CDSE_REFRESH_TOKEN", jw(lambda r: {"typ": "Refresh", "azp": "cdse-public", "sid": uid(r)})),
 ("nasa_earthdata_bearer_token", "EARTHDATA_TOKEN", jw(lambda r: {"type": "User", "uid": rs(r, "abcdefghijklmnopqrstuvwxyz", 8), "exp": r.randint(1735000000, 1760000000), "iss": "Earthdata Login"})),
 ("usgs_m2m_api_token", "M2M_API_TOKEN", lambda r: rs(r, ALNUM + "@!", 64)),
 ("up42_project_api_key", "UP42_PROJECT_API_KEY", lambda r: rs(r, ALNUM, 48)),
 ("skywatch_earthcache_api_key", "SKYWATCH_API_KEY", lambda r: uid(r)),
 ("capella_space_api_key", "CAPELLA_API_KEY", lambda r: rs(r, B64URL, 64)),
 ("airbus_oneatlas_api_key", "ONEATLAS_API_KEY", lambda r: rs(r, B64URL, 64)),
 ("maxar_geospatial_platform_api_key", "MGP_API_KEY", lambda r: rs(r, B64, 60)),
 ("umbra_canopy_access_token", "UMBRA_TOKEN", jw(lambda r: {"iss": "https://auth.canopy.umbra.space/", "sub": "auth0|" + hexs(r, 24)})),
 ("satellogic_client_secret", "SATELLOGIC_CLIENT_SECRET", lambda r: rs(r, B64URL, 64)),
 ("google_earth_engine_oauth_refresh_token", "EE_REFRESH_TOKEN", lambda r: "1//0" + rs(r, B64URL, 99)),
 ("microsoft_planetary_computer_subscription_key", "PC_SDK_SUBSCRIPTION_KEY", lambda r: hexs(r, 32)),
 ("roboflow_private_api_key", "ROBOFLOW_API_KEY", lambda r: rs(r, ALNUM, 20)),
 ("labelbox_api_key", "LABELBOX_API_KEY", jw(lambda r: {"userId": rs(r, LOWALNUM, 25), "organizationId": rs(r, LOWALNUM, 25)})),
 # --- drones and survey ---
 ("dronedeploy_api_key", "DRONEDEPLOY_API_KEY", lambda r: hexs(r, 32)),
 ("dji_developer_app_key", "DJI_APP_KEY", lambda r: hexs(r, 32)),
 ("skydio_cloud_api_token", "SKYDIO_API_TOKEN", lambda r: hexs(r, 64)),
 ("pix4dcloud_client_secret", "PIX4D_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40)),
 ("propeller_aero_api_token", "PROPELLER_TOKEN", lambda r: rs(r, ALNUM, 40)),
 ("agisoft_cloud_access_token", "METASHAPE_CLOUD_TOKEN", lambda r: rs(r, ALNUM, 32)),
 ("aloft_airspace_api_key", "ALOFT_API_KEY", lambda r: uid(r)),
 ("rtk2go_ntrip_mountpoint_password", "NTRIP_PASSWORD", owner_pw),
 ("pointivo_api_secret", "POINTIVO_SECRET", lambda r: rs(r, ALNUM, 32)),
 # --- cloud and storage beyond ---
 ("azure_storage_account_key", "AZURE_STORAGE_KEY", lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()),
 ("databricks_personal_access_token", "DATABRICKS_TOKEN", lambda r: "dapi" + hexs(r, 32)),
 ("digitalocean_personal_access_token", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hexs(r, 64)),
 ("digitalocean_spaces_secret_key", "SPACES_SECRET", lambda r: rs(r, B64, 43)),
 ("hetzner_cloud_api_token", "HCLOUD_TOKEN", lambda r: rs(r, ALNUM, 64)),
 ("linode_personal_access_token", "LINODE_TOKEN", lambda r: hexs(r, 64)),
 ("vultr_api_key", "VULTR_API_KEY", lambda r: rs(r, string.ascii_uppercase + string.digits, 36)),
 ("scaleway_secret_key", "SCW_SECRET_KEY", lambda r: uid(r)),
 ("ovh_application_secret", "OVH_APPLICATION_SECRET", lambda r: rs(r, ALNUM, 32)),
 ("backblaze_b2_application_key", "B2_APPLICATION_KEY", lambda r: "K00" + rs(r, B64, 28)),
 ("wasabi_secret_access_key", "WASABI_SECRET_KEY", lambda r: rs(r, UP, 40)),
 ("minio_root_secret", "MINIO_ROOT_PASSWORD", owner_pw),
 ("exoscale_api_secret", "EXOSCALE_API_SECRET", lambda r: rs(r, B64URL, 43)),
 ("openstack_application_credential_secret", "OS_APPLICATION_CREDENTIAL_SECRET", lambda r: rs(r, B64URL, 86)),
 # --- observability, messaging, ops ---
 ("grafana_service_account_token", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + hexs(r, 8)),
 ("grafana_cloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", lambda r: "glc_" + b64u(json.dumps({"o": str(r.randint(100000, 999999)), "n": "geo-stack", "k": rs(r, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}).encode())),
 ("datadog_application_key", "DD_APP_KEY", lambda r: hexs(r, 40)),
 ("newrelic_user_api_key", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, UP, 27)),
 ("honeycomb_ingest_key", "HONEYCOMB_API_KEY", lambda r: "hcaik_01" + rs(r, LOWALNUM, 56)),
 ("pagerduty_rest_api_key", "PAGERDUTY_TOKEN", lambda r: "u+" + rs(r, B64URL, 18)),
 ("opsgenie_api_key", "OPSGENIE_API_KEY", lambda r: uid(r)),
 ("mattermost_personal_access_token", "MM_TOKEN", lambda r: rs(r, LOWALNUM, 26)),
 ("rocketchat_personal_access_token", "ROCKETCHAT_TOKEN", lambda r: rs(r, B64URL, 43)),
 ("mailgun_private_api_key", "MAILGUN_API_KEY", lambda r: "key-" + hexs(r, 32)),
 ("mailchimp_marketing_api_key", "MAILCHIMP_API_KEY", lambda r: hexs(r, 32) + "-us" + str(r.randint(1, 21))),
 ("postmark_server_token", "POSTMARK_SERVER_TOKEN", lambda r: uid(r)),
 ("sparkpost_api_key", "SPARKPOST_API_KEY", lambda r: hexs(r, 40)),
 ("brevo_smtp_api_key", "BREVO_API_KEY", lambda r: "xkeysib-" + hexs(r, 64) + "-" + rs(r, ALNUM, 16)),
 ("vonage_api_secret", "VONAGE_API_SECRET", lambda r: rs(r, ALNUM, 16)),
 ("messagebird_live_access_key", "MESSAGEBIRD_KEY", lambda r: rs(r, ALNUM, 25)),
 ("hubspot_private_app_token", "HUBSPOT_TOKEN", lambda r: "pat-na1-" + uid(r)),
 ("dropbox_short_lived_access_token", "DROPBOX_TOKEN", lambda r: "sl." + rs(r, B64URL, 136)),
 ("box_developer_token", "BOX_DEVELOPER_TOKEN", lambda r: rs(r, ALNUM, 32)),
 ("trello_api_token", "TRELLO_TOKEN", lambda r: "ATTA" + hexs(r, 64) + hexs(r, 8).upper()),
 ("monday_com_api_token", "MONDAY_API_TOKEN", jw(lambda r: {"tid": r.randint(10**8, 10**9), "aai": 11, "uid": r.randint(10**7, 10**8), "rgn": "euc1"})),
 ("smartsheet_api_access_token", "SMARTSHEET_TOKEN", lambda r: rs(r, ALNUM, 37)),
 ("tailscale_auth_key", "TS_AUTHKEY", lambda r: "tskey-auth-" + rs(r, ALNUM, 12) + "CNTRL-" + rs(r, ALNUM, 33)),
 # --- code, ci, registries ---
 ("gitlab_runner_authentication_token", "CI_RUNNER_TOKEN", lambda r: "glrt-" + rs(r, B64URL, 20)),
 ("gitea_access_token", "GITEA_TOKEN", lambda r: hexs(r, 40)),
 ("azure_devops_personal_access_token", "AZURE_DEVOPS_EXT_PAT", lambda r: rs(r, ALNUM, 52) + "JQQJ99" + rs(r, UP, 3) + "ACAAAAAAAAAAAAASAZDO" + rs(r, UP, 3)),
 ("quay_robot_account_token", "QUAY_ROBOT_TOKEN", lambda r: rs(r, UP, 64)),
 ("harbor_robot_account_secret", "HARBOR_ROBOT_SECRET", lambda r: rs(r, ALNUM, 32)),
 ("jenkins_user_api_token", "JENKINS_API_TOKEN", lambda r: "11" + hexs(r, 32)),
 ("travis_ci_api_token", "TRAVIS_TOKEN", lambda r: rs(r, B64URL, 22)),
 ("drone_ci_user_token", "DRONE_TOKEN", lambda r: rs(r, ALNUM, 32)),
 ("octopus_deploy_api_key", "OCTOPUS_API_KEY", lambda r: "API-" + rs(r, UP, 26)),
 ("github_oauth_user_to_server_token", "GH_GEO_BOT_TOKEN", lambda r: github_token(r, "ghu_")),
 ("github_refresh_token_ghr", "GH_APP_REFRESH_TOKEN", lambda r: "ghr_" + rs(r, ALNUM, 76)),
 ("kubernetes_service_account_jwt", "KUBE_SA_TOKEN", lambda r: jwt(r, {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "tiles", "sub": "system:serviceaccount:tiles:renderer"}, "RS256", 342)),
 # --- AI / ML beyond ---
 ("deepseek_platform_api_key", "DEEPSEEK_API_KEY", lambda r: "sk-" + hexs(r, 32)),
 ("xai_grok_api_key", "XAI_API_KEY", lambda r: "xai-" + rs(r, ALNUM, 80)),
 ("voyage_ai_api_key", "VOYAGE_API_KEY", lambda r: "pa-" + rs(r, B64URL, 43)),
 ("jina_ai_api_key", "JINA_API_KEY", lambda r: "jina_" + hexs(r, 32) + rs(r, ALNUM, 28)),
 ("weights_and_biases_api_key", "WANDB_API_KEY", lambda r: hexs(r, 40)),
 ("clarifai_personal_access_token", "CLARIFAI_PAT", lambda r: hexs(r, 32)),
 ("scale_ai_live_api_key", "SCALE_API_KEY", lambda r: "live_" + hexs(r, 32)),
 ("google_gemini_api_key", "GEMINI_API_KEY", lambda r: "AIza" + rs(r, B64URL, 35)),
 ("snowflake_programmatic_access_token", "SNOWFLAKE_PAT", jw(lambda r: {"kid": str(r.randint(10**9, 10**10)), "iss": "%s.snowflakecomputing.com" % rs(r, "abcdefghijklmnopqrstuvwxyz", 7)})),
]

STYLES = {
 "geoserver_web_env_properties_line": lambda K, r: "# GEOSERVER_DATA_DIR/security/env.properties\nwms.title=Hydrography\n%s=%s\n" % (K.lower().replace("_", "."), S),
 "qgis_global_variables_ini_entry": lambda K, r: "[variables]\nproject_crs=EPSG:%d\n%s=%s\n" % (r.choice([25832, 3857, 2154, 32633, 27700]), K.lower(), S),
 "arcgis_pro_python_env_activate_bat": lambda K, r: "@echo off\nREM arcgispro-py3 clone activation hook\nset %s=%s\ncall \"%%CONDA_PREFIX%%\\Scripts\\activate.bat\"\n" % (K, S),
 "tile_pipeline_gitlab_ci_variables": lambda K, r: "variables:\n  TIPPECANOE_ZOOM: \"14\"\n  %s: \"%s\"\nbuild_tiles:\n  script: make tiles\n" % (K, S),
 "drone_mission_planner_settings_json": lambda K, r: '{"mission": "block-%d", "overlap": 75, "upload": {"%s": "%s"}}' % (r.randint(1, 99), K, S),
 "survey_crew_handover_note": lambda K, r: "Handover for the %s crew: laptop is in the truck, base station on pillar %d. %s is %s, rotate it after the job.\n" % (r.choice(["north", "river", "harbour", "quarry"]), r.randint(1, 40), K, S),
 "gis_stackexchange_comment_snippet": lambda K, r: "@%s try setting it explicitly before you call the API:\n\n    %s = '%s'\n\nworked for me on QGIS 3.34." % (r.choice(USERS), K, S),
 "geonode_docker_env_file_line": lambda K, r: "GEONODE_LB_HOST_IP=%s\n%s=%s\n" % (r.choice(HOSTS), K, S),
 "jupyter_geo_kernel_env_json": lambda K, r: '{"argv": ["python", "-m", "ipykernel_launcher"], "display_name": "geo (gdal 3.8)", "env": {"%s": "%s"}}' % (K, S),
 "r_renviron_spatial_project_line": lambda K, r: "# .Renviron for the sf / terra project\n%s=%s\n" % (K, S),
 "systemd_tileserver_unit_environment": lambda K, r: "[Service]\nExecStart=/usr/local/bin/tileserver --config /etc/tiles.json\nEnvironment=\"%s=%s\"\n" % (K, S),
 "fme_workspace_published_parameter": lambda K, r: "#! <WORKSPACE_PARAMETER NAME=\"%s\" DEFAULT_VALUE=\"%s\" TYPE=\"PASSWORD\" />" % (K, S),
}


def build(reg, seed=8502):
    r = random.Random(seed)
    styles = sorted(STYLES)
    out = []
    for i, (t, K, fn) in enumerate(V):
        st = styles[i % len(styles)]
        v = reg.new(fn, r)
        out.append(("vendor", t, t + "__" + st, STYLES[st](K, r), v))
    return out
