/// The report's one style sheet and one script, inline in the page and allowed by their
/// hashes (``ReportPage``). The script draws the commenter table from its JSON a page at a
/// time, sorts and filters it, keeps the view in the URL fragment (a link reopens the same
/// view; never localStorage, which Chromium shares across every `file://` page), pans and
/// zooms the diagrams, links a diagram's nodes to the table's rows, and switches the theme.
enum ReportAssets {
  static let style = #"""
    :root{--bg:#fdfdfc;--fg:#1d1d1b;--muted:#55554f;--line:#d4d4cc;--card:#f3f3ef;--accent:#0b57a4;--hl:#ffe08a;--s0:#2b6cb0;--s1:#c05621;color-scheme:light}
    @media (prefers-color-scheme:dark){:root:not([data-theme=light]){--bg:#15161a;--fg:#ecebe6;--muted:#b4b3ac;--line:#3c3d44;--card:#202228;--accent:#8cc4ff;--hl:#6b5514;--s0:#7fb2ff;--s1:#f6a86b;color-scheme:dark}}
    :root[data-theme=dark]{--bg:#15161a;--fg:#ecebe6;--muted:#b4b3ac;--line:#3c3d44;--card:#202228;--accent:#8cc4ff;--hl:#6b5514;--s0:#7fb2ff;--s1:#f6a86b;color-scheme:dark}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;overflow-wrap:anywhere}
    a{color:var(--accent)}
    .skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:var(--bg);padding:4px 8px;z-index:2}
    header.top,main,footer{max-width:1100px;margin:0 auto;padding:0 16px}
    header.top{padding-top:12px;border-bottom:1px solid var(--line)}
    .top-row{display:flex;justify-content:space-between;align-items:center;gap:8px}
    .brand{margin:0;color:var(--muted);font-size:.9rem}
    h1{font-size:1.5rem;line-height:1.25;margin:.3em 0}
    h2{font-size:1.3rem;margin:1.6em 0 .4em;border-bottom:1px solid var(--line)}
    h3{font-size:1.05rem;margin:1.2em 0 .4em}
    .headline{margin:.2em 0 .6em;color:var(--muted)}
    nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;padding:0;margin:.4em 0 .8em}
    button,input{font:inherit;color:inherit;background:var(--card);border:1px solid var(--line);border-radius:4px;padding:2px 8px}
    button{cursor:pointer}
    button:focus-visible,input:focus-visible,a:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
    details.howto{background:var(--card);border-radius:6px;padding:4px 12px;margin:.5em 0}
    details.howto p{margin:.4em 0}
    summary{cursor:pointer;color:var(--accent)}
    dl.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:2px 24px;margin:.5em 0}
    dl.facts div{display:flex;gap:8px;border-bottom:1px dotted var(--line)}
    dl.facts dt{color:var(--muted);min-width:9rem}
    dl.facts dd{margin:0}
    ul.lines{padding-left:1.2em;margin:.3em 0}
    .note,.status{color:var(--muted);margin:.3em 0}
    .scroll{overflow-x:auto;max-width:100%}
    table{border-collapse:collapse;font-size:.9rem}
    caption{text-align:left;color:var(--muted);padding:4px 0}
    th,td{padding:3px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    table.data tbody th{font-weight:normal;min-width:10rem}
    table.data thead th{white-space:nowrap;position:sticky;top:0;background:var(--bg)}
    table.data thead button{border:0;background:none;padding:0;font-weight:600;color:var(--fg)}
    th[aria-sort=ascending] button::after{content:" ▲"}
    th[aria-sort=descending] button::after{content:" ▼"}
    a.def{text-decoration:none;margin-left:2px;font-size:.85em}
    tr.hl td,tr.hl th{background:var(--hl)}
    .tablebar,.pager{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin:.5em 0}
    code.hash{font-size:.8rem}
    figure{margin:1em 0}
    figure.diagram{border:1px solid var(--line);border-radius:6px;padding:8px}
    .zoom{display:flex;gap:6px;margin-bottom:6px}
    .canvas{overflow:hidden;background:#fff;border-radius:4px;touch-action:none;cursor:grab}
    .canvas svg.graph{display:block;width:100%;height:auto;max-height:80vh}
    .canvas g.node.hl ellipse,.canvas g.node.hl polygon{stroke:#d00;stroke-width:4}
    figcaption{color:var(--muted);font-size:.9rem;margin-top:6px}
    ol.cards{padding-left:1.4em}
    li.card{margin:.6em 0;padding:6px 10px;background:var(--card);border-radius:6px}
    li.card .meta{margin:.2em 0}
    blockquote{margin:.4em 0;padding-left:10px;border-left:3px solid var(--line)}
    blockquote p{margin:.3em 0}
    pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.85em}
    ol.turns{padding-left:1.4em}
    .who{color:var(--muted)}
    .explain .subject{font-weight:600;margin:.3em 0}
    .explain .context{margin:.2em 0}
    .explain code{white-space:normal}
    .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,30rem),1fr));gap:16px}
    figure.chart svg{width:100%;height:auto;background:var(--card);border-radius:6px}
    .chart .s0{fill:var(--s0)}.chart .s1{fill:var(--s1)}
    .chart .axis{stroke:var(--fg)}.chart .grid{stroke:var(--line)}
    .chart text{fill:var(--fg);font-size:11px}
    dl.definitions div{margin:.5em 0}
    dl.definitions dd{margin-left:1.2em}
    footer{border-top:1px solid var(--line);margin-top:2em;color:var(--muted);font-size:.9rem}
    @media print{nav,.zoom,.pager,.tablebar,.theme,.skip{display:none}details{display:block}details>summary{display:none}body{background:#fff;color:#000}.canvas{overflow:visible}section{break-inside:avoid-page}}
    """#

  static let script = #"""
    (function(){
    "use strict";
    var root=document.documentElement;
    var state=new URLSearchParams(location.hash.replace(/^#/,"").indexOf("=")>0?location.hash.slice(1):"");
    function save(){var h=state.toString();history.replaceState(null,"",h?"#"+h:location.pathname+location.search);}
    // Theme: auto (the system's), dark, light.
    var themes=["auto","dark","light"],themeButton=document.getElementById("theme");
    function applyTheme(t){if(t==="auto"){delete root.dataset.theme;}else{root.dataset.theme=t;}
      themeButton.textContent="Theme: "+t;themeButton.setAttribute("aria-label","Colour theme: "+(t==="auto"?"follows the system":t)+"; switch");}
    applyTheme(themes.indexOf(state.get("theme"))>=0?state.get("theme"):"auto");
    themeButton.addEventListener("click",function(){var t=themes[(themes.indexOf(state.get("theme")||"auto")+1)%3];
      if(t==="auto"){state.delete("theme");}else{state.set("theme",t);}applyTheme(t);save();});
    // The commenter table.
    var data=JSON.parse(document.getElementById("table-data").textContent);
    var table=document.getElementById("commenter-table"),body=table.tBodies[0],filter=document.getElementById("filter");
    var status=document.getElementById("table-status"),pageText=document.getElementById("page");
    var prev=document.getElementById("prev"),next=document.getElementById("next");
    var size=data.pageSize,rows=data.rows;
    var sortCol=parseInt(state.get("sort")||"NaN",10),sortDir=state.get("dir")==="asc"?1:-1;
    var page=Math.max(0,(parseInt(state.get("page")||"1",10)||1)-1);
    filter.value=state.get("q")||"";
    var view=rows;
    function value(r,c){return c<0?r[1]:r[c+2];}
    function compare(a,b){var x=value(a,sortCol),y=value(b,sortCol);
      if(x===null||y===null){if(x===y){return a[0]-b[0];}return x===null?1:-1;}
      if(sortCol<0){var s=x.localeCompare(y);return s?s*sortDir:a[0]-b[0];}
      return x===y?a[0]-b[0]:(x<y?-1:1)*sortDir;}
    function format(v,count){if(v===null){return "–";}if(count){return String(v);}return Number(v.toPrecision(6)).toString();}
    function recompute(){var q=filter.value.trim().toLocaleLowerCase();
      view=q?rows.filter(function(r){return r[1].toLocaleLowerCase().indexOf(q)>=0;}):rows.slice();
      if(!isNaN(sortCol)){view.sort(compare);}}
    function draw(){var pages=Math.max(1,Math.ceil(view.length/size));page=Math.min(page,pages-1);
      var frag=document.createDocumentFragment(),start=page*size;
      view.slice(start,start+size).forEach(function(r,i){var tr=document.createElement("tr");tr.dataset.node="n"+r[0];tr.tabIndex=-1;
        var td=document.createElement("td");td.className="num";td.textContent=String(start+i+1);tr.appendChild(td);
        var th=document.createElement("th");th.scope="row";th.textContent=r[1];tr.appendChild(th);
        for(var c=0;c<data.columns.length;c++){td=document.createElement("td");td.className="num";td.textContent=format(r[c+2],data.columns[c].count);tr.appendChild(td);}
        frag.appendChild(tr);});
      body.replaceChildren(frag);
      status.textContent=(view.length===rows.length?rows.length+" commenters":view.length+" of "+rows.length+" commenters match");
      pageText.textContent="page "+(page+1)+" of "+pages;prev.disabled=page===0;next.disabled=page>=pages-1;
      Array.prototype.forEach.call(table.tHead.querySelectorAll("th"),function(th){var b=th.querySelector("button");
        if(b&&parseInt(b.dataset.col,10)===sortCol){th.setAttribute("aria-sort",sortDir>0?"ascending":"descending");}else{th.removeAttribute("aria-sort");}});}
    function remember(){if(isNaN(sortCol)){state.delete("sort");state.delete("dir");}else{state.set("sort",String(sortCol));state.set("dir",sortDir>0?"asc":"desc");}
      if(filter.value){state.set("q",filter.value);}else{state.delete("q");}
      if(page>0){state.set("page",String(page+1));}else{state.delete("page");}save();}
    table.tHead.addEventListener("click",function(e){var b=e.target.closest("button");if(!b){return;}var c=parseInt(b.dataset.col,10);
      if(c===sortCol){sortDir=-sortDir;}else{sortCol=c;sortDir=c<0?1:-1;}page=0;recompute();draw();remember();});
    filter.addEventListener("input",function(){page=0;recompute();draw();remember();});
    prev.addEventListener("click",function(){if(page>0){page--;draw();remember();}});
    next.addEventListener("click",function(){page++;draw();remember();});
    recompute();draw();
    // Diagrams: pan and zoom by the view box; nodes and rows find each other.
    Array.prototype.forEach.call(document.querySelectorAll("figure.diagram"),function(fig){
      var svg=fig.querySelector("svg");if(!svg){return;}var canvas=fig.querySelector(".canvas");
      var vb=svg.viewBox.baseVal,home=[vb.x,vb.y,vb.width,vb.height];
      function zoom(f,cx,cy){var w=vb.width*f,h=vb.height*f;if(w>home[2]*4||w<home[2]/40){return;}
        vb.x=cx-(cx-vb.x)*f;vb.y=cy-(cy-vb.y)*f;vb.width=w;vb.height=h;}
      function centre(){return [vb.x+vb.width/2,vb.y+vb.height/2];}
      fig.querySelector(".zoom").addEventListener("click",function(e){var b=e.target.closest("button");if(!b){return;}var c=centre();
        if(b.dataset.zoom==="in"){zoom(0.8,c[0],c[1]);}else if(b.dataset.zoom==="out"){zoom(1.25,c[0],c[1]);}else{vb.x=home[0];vb.y=home[1];vb.width=home[2];vb.height=home[3];}});
      canvas.addEventListener("wheel",function(e){e.preventDefault();var r=svg.getBoundingClientRect();
        var cx=vb.x+(e.clientX-r.left)/r.width*vb.width,cy=vb.y+(e.clientY-r.top)/r.height*vb.height;zoom(e.deltaY<0?0.85:1/0.85,cx,cy);},{passive:false});
      canvas.addEventListener("keydown",function(e){var c=centre(),s=vb.width/10;
        if(e.key==="+"||e.key==="="){zoom(0.8,c[0],c[1]);}else if(e.key==="-"){zoom(1.25,c[0],c[1]);}
        else if(e.key==="ArrowLeft"){vb.x-=s;}else if(e.key==="ArrowRight"){vb.x+=s;}else if(e.key==="ArrowUp"){vb.y-=s;}else if(e.key==="ArrowDown"){vb.y+=s;}else{return;}e.preventDefault();});
      // A drag pans once the pointer has moved a few pixels; a press without moving stays a click.
      var drag=null;
      canvas.addEventListener("pointerdown",function(e){drag={x:e.clientX,y:e.clientY,moved:false,id:e.pointerId};});
      canvas.addEventListener("pointermove",function(e){if(!drag){return;}var dx=e.clientX-drag.x,dy=e.clientY-drag.y;
        if(!drag.moved){if(Math.abs(dx)+Math.abs(dy)<4){return;}drag.moved=true;canvas.setPointerCapture(drag.id);}
        var r=svg.getBoundingClientRect();vb.x-=dx/r.width*vb.width;vb.y-=dy/r.height*vb.height;drag.x=e.clientX;drag.y=e.clientY;});
      canvas.addEventListener("pointerup",function(){if(drag&&drag.moved){canvas.dataset.dragged="1";}drag=null;});
      svg.addEventListener("mouseover",function(e){var g=e.target.closest("g.node");if(!g){return;}var t=g.querySelector("title");
        if(t){highlight(t.textContent);}});
      svg.addEventListener("mouseout",function(){highlight(null);});});
    var nodes=Object.create(null);
    Array.prototype.forEach.call(document.querySelectorAll("#network-figure g.node"),function(g){var t=g.querySelector("title");if(t){nodes[t.textContent]=g;}});
    // In-page links move to their target and keep the view: the section goes into the fragment.
    document.addEventListener("click",function(e){var a=e.target.closest('a[href^="#"]');if(!a){return;}
      var el=document.getElementById(a.getAttribute("href").slice(1));if(!el){return;}e.preventDefault();
      el.scrollIntoView();if(el.tabIndex<0&&!el.matches("a,button,input")){el.tabIndex=-1;}el.focus({preventScroll:true});state.set("sec",el.id);save();});
    if(state.get("sec")){var target=document.getElementById(state.get("sec"));if(target){target.scrollIntoView();}}
    var lit=[];
    // Rows are found by comparing their node id, never by a selector built from data (a thread
    // view's placeholder node is named after a reply target the data spells).
    function rowOf(id){for(var i=0;i<body.rows.length;i++){if(body.rows[i].dataset.node===id){return body.rows[i];}}return null;}
    function highlight(id){lit.forEach(function(el){el.classList.remove("hl");});lit=[];if(!id){return;}
      if(Object.prototype.hasOwnProperty.call(nodes,id)){nodes[id].classList.add("hl");lit.push(nodes[id]);}
      var tr=rowOf(id);if(tr){tr.classList.add("hl");lit.push(tr);}}
    // A click on a node opens the table at its commenter's row.
    var networkSvg=document.querySelector("#network-figure svg");
    if(networkSvg){networkSvg.addEventListener("click",function(e){var canvas=networkSvg.parentNode;
      if(canvas.dataset.dragged){delete canvas.dataset.dragged;return;}var g=e.target.closest("g.node");if(!g){return;}
      var t=g.querySelector("title");if(!t){return;}var id=parseInt(t.textContent.slice(1),10);
      var at=-1;for(var i=0;i<view.length;i++){if(view[i][0]===id){at=i;break;}}
      if(at<0){status.textContent="That commenter is hidden by the filter; clear it to see the row.";return;}
      page=Math.floor(at/size);draw();remember();highlight("n"+id);
      var tr=rowOf("n"+id);if(tr){tr.scrollIntoView({block:"center"});tr.focus({preventScroll:true});}});}
    body.addEventListener("mouseover",function(e){var tr=e.target.closest("tr");if(tr){highlight(tr.dataset.node);}});
    body.addEventListener("mouseout",function(){highlight(null);});
    body.addEventListener("focusin",function(e){var tr=e.target.closest("tr");if(tr){highlight(tr.dataset.node);}});
    })();
    """#
}
