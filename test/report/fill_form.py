"""Fills a 报送表 the way another program would (openpyxl, not the library that wrote it).

usage: fill_form.py IN.xlsx OUT.xlsx OPS.json
OPS: {"fill": [{"id": ..., "status": ..., "progress": ..., "evidence": ...,
                "doneOn": {"date": "YYYY-MM-DD"} | {"text": "..."} | {"serial": N}}],
      "clearId": [ids], "deleteMeta": bool, "titleRowAbove": "text"}
Prints a JSON description of the form as openpyxl sees it (for layout assertions).
"""
import datetime, json, sys
import openpyxl

src, dst, ops_path = sys.argv[1:4]
ops = json.load(open(ops_path, encoding="utf-8"))
wb = openpyxl.load_workbook(src)
ws = wb["报送表"]
header = [c.value for c in ws[1]]
col = {name: i + 1 for i, name in enumerate(header)}

described = {
    "sheets": [[s.title, s.sheet_state] for s in wb.worksheets],
    "header": header,
    "protected": bool(ws.protection.sheet),
    "orientation": ws.page_setup.orientation,
    "fitToWidth": ws.page_setup.fitToWidth,
    "fitToHeight": ws.page_setup.fitToHeight,
    "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
    "printTitleRows": ws.print_title_rows,
    "validations": [[dv.type, dv.formula1, str(dv.sqref)] for dv in ws.data_validations.dataValidation],
    "locked": {name: ws.cell(row=2, column=i).protection.locked for name, i in col.items()} if ws.max_row > 1 else {},
    "wrap": all(ws.cell(row=r, column=c).alignment.wrap_text for r in range(1, ws.max_row + 1) for c in range(1, len(header) + 1)),
    "names": sorted(wb.defined_names.keys()) if hasattr(wb.defined_names, "keys") else [],
}

rows = {ws.cell(row=r, column=col["编号"]).value: r for r in range(2, ws.max_row + 1)}
for f in ops.get("fill", []):
    r = rows[f["id"]]
    if "status" in f: ws.cell(row=r, column=col["完成状态"], value=f["status"])
    if "progress" in f: ws.cell(row=r, column=col["进展情况"], value=f["progress"])
    if "evidence" in f: ws.cell(row=r, column=col["佐证材料"], value=f["evidence"])
    d = f.get("doneOn")
    if d:
        cell = ws.cell(row=r, column=col["完成日期"])
        if "date" in d:
            cell.value = datetime.datetime.strptime(d["date"], "%Y-%m-%d")
            cell.number_format = "yyyy/m/d"
        elif "text" in d:
            cell.value = d["text"]
            cell.number_format = "@"
        else:
            cell.value = d["serial"]
            cell.number_format = "General"
for i in ops.get("clearId", []):
    ws.cell(row=rows[i], column=col["编号"]).value = None
if ops.get("deleteMeta"):
    del wb["报送表信息"]
if ops.get("titleRowAbove"):
    ws.insert_rows(1)
    ws.cell(row=1, column=1, value=ops["titleRowAbove"])
wb.save(dst)
print(json.dumps(described, ensure_ascii=False))
