# Generated from ui/cases_page.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CasesPage(object):
    def setupUi(self, CasesPage: Any) -> None:
        if not CasesPage.objectName():
            CasesPage.setObjectName(u"CasesPage")
        self.layout = QVBoxLayout(CasesPage)
        self.layout.setObjectName(u"layout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(CasesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(CasesPage)
        self.countLabel.setObjectName(u"countLabel")

        self.searchRow.addWidget(self.countLabel)

        self.searchRow.setStretch(0, 1)

        self.layout.addLayout(self.searchRow)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.statusLabel = QLabel(CasesPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filters.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(CasesPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filters.addWidget(self.statusCombo)

        self.eventLabel = QLabel(CasesPage)
        self.eventLabel.setObjectName(u"eventLabel")

        self.filters.addWidget(self.eventLabel)

        self.eventCombo = QComboBox(CasesPage)
        self.eventCombo.setObjectName(u"eventCombo")

        self.filters.addWidget(self.eventCombo)

        self.supporterLabel = QLabel(CasesPage)
        self.supporterLabel.setObjectName(u"supporterLabel")

        self.filters.addWidget(self.supporterLabel)

        self.supporterCombo = QComboBox(CasesPage)
        self.supporterCombo.setObjectName(u"supporterCombo")

        self.filters.addWidget(self.supporterCombo)

        self.quarterLabel = QLabel(CasesPage)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.filters.addWidget(self.quarterLabel)

        self.quarterCombo = QComboBox(CasesPage)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.filters.addWidget(self.quarterCombo)

        self.overdueCheck = QCheckBox(CasesPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filters.addWidget(self.overdueCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)


        self.layout.addLayout(self.filters)

        self.table = QTableView(CasesPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.eventLabel.setBuddy(self.eventCombo)
        self.supporterLabel.setBuddy(self.supporterCombo)
        self.quarterLabel.setBuddy(self.quarterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.eventCombo)
        QWidget.setTabOrder(self.eventCombo, self.supporterCombo)
        QWidget.setTabOrder(self.supporterCombo, self.quarterCombo)
        QWidget.setTabOrder(self.quarterCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.table)

        self.retranslateUi(CasesPage)
    # setupUi

    def retranslateUi(self, CasesPage: Any) -> None:
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("CasesPage", u"Finds cases by clinician, case reference or department; Down moves to the list.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CasesPage", u"Search clinician, case reference or department", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CasesPage", u"Search cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("CasesPage", u"Cases shown", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("CasesPage", u"&Status:", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("CasesPage", u"Only cases with this status.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("CasesPage", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
        self.eventLabel.setText(QCoreApplication.translate("CasesPage", u"Eve&nt:", None))
#if QT_CONFIG(tooltip)
        self.eventCombo.setToolTip(QCoreApplication.translate("CasesPage", u"Only cases after this kind of event.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.eventCombo.setAccessibleName(QCoreApplication.translate("CasesPage", u"Event type filter", None))
#endif // QT_CONFIG(accessibility)
        self.supporterLabel.setText(QCoreApplication.translate("CasesPage", u"Su&pporter:", None))
#if QT_CONFIG(tooltip)
        self.supporterCombo.setToolTip(QCoreApplication.translate("CasesPage", u"Only cases assigned to this supporter.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.supporterCombo.setAccessibleName(QCoreApplication.translate("CasesPage", u"Supporter filter", None))
#endif // QT_CONFIG(accessibility)
        self.quarterLabel.setText(QCoreApplication.translate("CasesPage", u"&Quarter:", None))
#if QT_CONFIG(tooltip)
        self.quarterCombo.setToolTip(QCoreApplication.translate("CasesPage", u"Only cases referred in this quarter.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.quarterCombo.setAccessibleName(QCoreApplication.translate("CasesPage", u"Quarter filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("CasesPage", u"Only cases whose outreach is overdue.", None))
#endif // QT_CONFIG(tooltip)
        self.overdueCheck.setText(QCoreApplication.translate("CasesPage", u"&Overdue only", None))
#if QT_CONFIG(tooltip)
        self.table.setToolTip(QCoreApplication.translate("CasesPage", u"Every case that matches; press Enter to open the chosen one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CasesPage", u"Cases", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

