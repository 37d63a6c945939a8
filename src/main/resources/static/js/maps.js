/*
 * Club des innovateurs — maps, with Leaflet served by the platform. Configuration comes from
 * data- attributes (no inline script):
 *  - #group-map: the directory map; loads the groups of the visible area from the GeoJSON
 *    endpoint whenever the map moves, and clusters them;
 *  - .mini-map: one group's position;
 *  - .position-picker: a map where a click fills the latitude and longitude fields.
 */
(function () {
  "use strict";
  if (!window.L) return;
  // Leaflet guesses its icon folder from its stylesheet's URL, which fingerprinting changes.
  var self = document.currentScript;
  if (self && self.dataset.leafletImages) L.Icon.Default.imagePath = self.dataset.leafletImages;

  function tiles(map, element) {
    L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
  }

  function popup(properties) {
    var box = document.createElement("div");
    var title = document.createElement("a");
    title.href = properties.url;
    title.textContent = properties.name;
    var line = document.createElement("p");
    line.textContent = properties.tagline;
    box.appendChild(title);
    box.appendChild(line);
    return box;
  }

  function groupMap(element) {
    var map = L.map(element, { worldCopyJump: true }).setView([20, 5], 3);
    tiles(map, element);
    var clusters = L.markerClusterGroup({ chunkedLoading: true });
    map.addLayer(clusters);
    var count = document.getElementById("map-count");
    var pending = null;
    var generation = 0;

    function load() {
      var bounds = map.getBounds();
      var west = Math.max(-180, bounds.getWest()), east = Math.min(180, bounds.getEast());
      if (bounds.getEast() - bounds.getWest() >= 360) { west = -180; east = 180; }
      var bbox = [west, Math.max(-90, bounds.getSouth()), east, Math.min(90, bounds.getNorth())]
        .map(function (value) { return value.toFixed(5); }).join(",");
      var url = element.dataset.geojson + "?bbox=" + bbox + (element.dataset.filters ? "&" + element.dataset.filters : "");
      var mine = ++generation;
      fetch(url, { headers: { Accept: "application/geo+json" } })
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
        .then(function (collection) {
          if (mine !== generation) return; // a newer request is on its way
          var markers = collection.features.map(function (feature) {
            var c = feature.geometry.coordinates;
            return L.marker([c[1], c[0]], { title: feature.properties.name }).bindPopup(popup(feature.properties));
          });
          clusters.clearLayers();
          clusters.addLayers(markers);
          element.dataset.loaded = String(markers.length);
          if (count) count.textContent = count.dataset.template.replace("{0}", markers.length);
        })
        .catch(function () { if (count) count.textContent = element.dataset.error; });
    }

    map.on("moveend", function () {
      clearTimeout(pending);
      pending = setTimeout(load, 200);
    });
    load();
  }

  function miniMap(element) {
    var position = [parseFloat(element.dataset.latitude), parseFloat(element.dataset.longitude)];
    var map = L.map(element, { scrollWheelZoom: false }).setView(position, 6);
    tiles(map, element);
    L.marker(position, { title: element.dataset.name }).addTo(map);
  }

  function positionPicker(element) {
    var latitude = document.getElementById(element.dataset.latitudeField);
    var longitude = document.getElementById(element.dataset.longitudeField);
    var start = latitude.value && longitude.value ? [parseFloat(latitude.value), parseFloat(longitude.value)] : null;
    var map = L.map(element).setView(start || [20, 5], start ? 8 : 2);
    tiles(map, element);
    var marker = start ? L.marker(start).addTo(map) : null;
    map.on("click", function (event) {
      var lat = event.latlng.lat.toFixed(5), lng = L.Util.wrapNum(event.latlng.lng, [-180, 180], true).toFixed(5);
      latitude.value = lat;
      longitude.value = lng;
      if (marker) marker.setLatLng([lat, lng]); else marker = L.marker([lat, lng]).addTo(map);
    });
  }

  var map = document.getElementById("group-map");
  if (map) groupMap(map);
  document.querySelectorAll(".mini-map").forEach(miniMap);
  document.querySelectorAll(".position-picker").forEach(positionPicker);
})();
