"""The baseline of the dashboard benchmark: a bare Streamlit app drawing one Plotly bar chart and one
table, the least a dashboard of this kind costs to start and draw (``streamlit run`` of this file)."""

import pandas as pd
import plotly.express as px
import streamlit as st

st.set_page_config(page_title="bare", layout="wide")
frame = pd.DataFrame({"name": ["Pakistan", "Afghanistan", "Shafqat Ali Khan", "China"], "count": [9, 6, 6, 4]})
st.metric("Entities", len(frame))
st.plotly_chart(px.bar(frame, x="count", y="name", orientation="h"))
st.dataframe(frame)
