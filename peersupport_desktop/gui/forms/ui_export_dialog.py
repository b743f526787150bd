# Generated from ui/export_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog: Any) -> None:
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.setMinimumSize(QSize(980, 620))
        self.layout = QHBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.optionsColumn = QVBoxLayout()
        self.optionsColumn.setObjectName(u"optionsColumn")
        self.quartersLabel = QLabel(ExportDialog)
        self.quartersLabel.setObjectName(u"quartersLabel")

        self.optionsColumn.addWidget(self.quartersLabel)

        self.quartersList = QListWidget(ExportDialog)
        self.quartersList.setObjectName(u"quartersList")
        self.quartersList.setMaximumSize(QSize(260, 180))

        self.optionsColumn.addWidget(self.quartersList)

        self.optionsForm = QFormLayout()
        self.optionsForm.setObjectName(u"optionsForm")
        self.kindLabel = QLabel(ExportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ExportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.periodLabel = QLabel(ExportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(ExportDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.kLabel = QLabel(ExportDialog)
        self.kLabel.setObjectName(u"kLabel")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kLabel)

        self.kSpin = QSpinBox(ExportDialog)
        self.kSpin.setObjectName(u"kSpin")
        self.kSpin.setMinimum(2)
        self.kSpin.setMaximum(50)

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kSpin)

        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formatCombo)


        self.optionsColumn.addLayout(self.optionsForm)

        self.splitsBox = QGroupBox(ExportDialog)
        self.splitsBox.setObjectName(u"splitsBox")
        self.splitsLayout = QVBoxLayout(self.splitsBox)
        self.splitsLayout.setObjectName(u"splitsLayout")

        self.optionsColumn.addWidget(self.splitsBox)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsColumn.addItem(self.optionsSpacer)


        self.layout.addLayout(self.optionsColumn)

        self.previewColumn = QVBoxLayout()
        self.previewColumn.setObjectName(u"previewColumn")
        self.previewTitle = QLabel(ExportDialog)
        self.previewTitle.setObjectName(u"previewTitle")

        self.previewColumn.addWidget(self.previewTitle)

        self.summaryLabel = QLabel(ExportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewColumn.addWidget(self.summaryLabel)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.previewColumn.addWidget(self.progressBar)

        self.previewView = QTableView(ExportDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

        self.previewColumn.addWidget(self.previewView)

        self.rulesTitle = QLabel(ExportDialog)
        self.rulesTitle.setObjectName(u"rulesTitle")

        self.previewColumn.addWidget(self.rulesTitle)

        self.rulesText = QPlainTextEdit(ExportDialog)
        self.rulesText.setObjectName(u"rulesText")
        self.rulesText.setReadOnly(True)
        self.rulesText.setMaximumSize(QSize(16777215, 150))

        self.previewColumn.addWidget(self.rulesText)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.previewColumn.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(ExportDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.previewColumn.addLayout(self.buttonRow)


        self.layout.addLayout(self.previewColumn)

#if QT_CONFIG(shortcut)
        self.quartersLabel.setBuddy(self.quartersList)
        self.kindLabel.setBuddy(self.kindCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.kLabel.setBuddy(self.kSpin)
        self.formatLabel.setBuddy(self.formatCombo)
        self.rulesTitle.setBuddy(self.rulesText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quartersList, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.kSpin)
        QWidget.setTabOrder(self.kSpin, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.previewView)
        QWidget.setTabOrder(self.previewView, self.rulesText)
        QWidget.setTabOrder(self.rulesText, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(ExportDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ExportDialog: Any) -> None:
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Anonymized export", None))
        self.quartersLabel.setText(QCoreApplication.translate("ExportDialog", u"&Quarters:", None))
#if QT_CONFIG(tooltip)
        self.quartersList.setToolTip(QCoreApplication.translate("ExportDialog", u"Tick the quarters the export covers.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.quartersList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Quarters to export", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("ExportDialog", u"&Kind:", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("ExportDialog", u"Program figures, or one anonymized row per case.", None))
#endif // QT_CONFIG(tooltip)
        self.periodLabel.setText(QCoreApplication.translate("ExportDialog", u"&Dates as:", None))
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("ExportDialog", u"Whether dates are given by quarter or by year.", None))
#endif // QT_CONFIG(tooltip)
        self.kLabel.setText(QCoreApplication.translate("ExportDialog", u"Smallest &group (k):", None))
#if QT_CONFIG(tooltip)
        self.kSpin.setToolTip(QCoreApplication.translate("ExportDialog", u"Every combination of period, role, department and event type holds at least this many rows", None))
#endif // QT_CONFIG(tooltip)
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
#if QT_CONFIG(tooltip)
        self.formatCombo.setToolTip(QCoreApplication.translate("ExportDialog", u"The kind of file to write.", None))
#endif // QT_CONFIG(tooltip)
        self.splitsBox.setTitle(QCoreApplication.translate("ExportDialog", u"Split the figures by", None))
        self.previewTitle.setText(QCoreApplication.translate("ExportDialog", u"Exactly what will be written (in words: point at a cell for what the file says)", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Preparing the export", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previewView.setToolTip(QCoreApplication.translate("ExportDialog", u"Exactly what the file will hold; point at a cell for what the file writes.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previewView.setAccessibleName(QCoreApplication.translate("ExportDialog", u"The rows and cells the export will write", None))
#endif // QT_CONFIG(accessibility)
        self.rulesTitle.setText(QCoreApplication.translate("ExportDialog", u"&Rules applied (the file carries them too):", None))
#if QT_CONFIG(tooltip)
        self.rulesText.setToolTip(QCoreApplication.translate("ExportDialog", u"The anonymizing rules applied to this export.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rulesText.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Rules applied to the export", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ExportDialog", u"Write the export to a file you choose.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ExportDialog", u"&Save\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("ExportDialog", u"Close without saving an export.", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"Close", None))
    # retranslateUi

